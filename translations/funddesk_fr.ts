<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FundDesk::App</name>
    <message>
        <source>Write a consistent copy of a fund, even while it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <extracomment>placeholder for a file path in command-line help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funddesk backup: give the file to write with --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funddesk backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a fund with a backup, after checking the backup. The replaced file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funddesk restore: name one backup file: funddesk restore FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funddesk restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a fund&apos;s database: integrity and data version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funddesk check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: integrity ok; data version %2, upgraded to %3 when FundDesk next opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: integrity ok; data version %2 (current).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FundDesk %1 — the fund manager&apos;s desktop for the UN Voluntary Fund for ICT-security capacity building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <extracomment>placeholder for a file path in command-line help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work headless; “funddesk &lt;command&gt; --help” lists the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version of FundDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funddesk: unknown command “%1”. Run “funddesk --help” for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund&apos;s database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funddesk %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “funddesk %1 --help” for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the fund&apos;s balance and operational status for a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a fund with a checked backup, keeping the replaced file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a realistic demo fund to explore FundDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator: the same seed gives the same fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>placeholder for a number in command-line help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funddesk demo: --seed takes a whole number from 0 to %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funddesk demo: “%1” already exists. Give a new file with --database PATH; an existing fund is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funddesk demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo fund created in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, all years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledged, outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff costs (P and GS posts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff costs (regular budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available for programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year (default: this year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <extracomment>placeholder for a year in command-line help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funddesk status: --year takes a year such as %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funddesk status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position at 31 December %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to FundDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no fund at “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty fund for your own records, or explore a demo fund with realistic records first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the &amp;demo fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an &amp;empty fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FundDesk funds (*.funddesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; a new fund never replaces a file. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fund first: there is nothing to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund was backed up to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundDesk::Core</name>
    <message>
        <source>Entry %1 of the audit trail is missing: it was deleted.</source>
        <extracomment>%1 is the number of an entry of the audit trail</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the audit trail does not follow the entry before it: an entry was inserted or removed there.</source>
        <extracomment>%1 is the number of an entry of the audit trail</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the audit trail does not match its hash: it was changed after it was written.</source>
        <extracomment>%1 is the number of an entry of the audit trail</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the audit trail was not written by FundDesk: it was added to the trail afterwards.</source>
        <extracomment>%1 is the number of an entry of the audit trail</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup and the fund are the same file; choose a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied next to the fund. Check that the disk has room; nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current fund file could not be set aside; nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put in place; the fund was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the fund&apos;s own database. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” could not be written. Check that the folder is writable and the disk has room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be saved as “%1”. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a FundDesk database. Choose the fund&apos;s .funddesk file, or create a new fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund&apos;s database “%1” could not be opened: check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund&apos;s database “%1” is damaged and was not changed. Restore it from a backup (File ▸ Restore…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer FundDesk (data version %2); this FundDesk reads data versions up to %3. The file was not changed: update FundDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” could not be created. Choose another place for the fund&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be created. Check that the folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund&apos;s database “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund&apos;s database “%1” could not be opened: check that the file exists and that you may read and write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before upgrading the fund&apos;s data, FundDesk could not keep a copy at “%1”, so nothing was changed. Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fund&apos;s data was written by a newer FundDesk (data version %1); this FundDesk reads data versions up to %2. The file was not changed: update FundDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund&apos;s database could not be read or written. Your last change was not saved; try again, and if it keeps failing run “funddesk check”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount requested (USD %1) is below the fund&apos;s minimum funding floor for an activity (USD %2), so the application can be neither recommended nor approved. The floor keeps activities large enough to be of quality and sustainable (¶23).</source>
        <extracomment>%1 is the amount requested, %2 the fund&apos;s minimum, both as &quot;USD 1234.56&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-governmental entity</source>
        <extracomment>kind of implementing partner of an activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Nations entity</source>
        <extracomment>kind of implementing partner of an activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International or regional organization</source>
        <extracomment>kind of implementing partner of an activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic institution</source>
        <extracomment>kind of implementing partner of an activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private sector</source>
        <extracomment>kind of implementing partner of an activity
----------
Kind of donor: a company</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>status of an application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <extracomment>status of an application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened: eligible</source>
        <extracomment>status of an application: screened and found eligible</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened: ineligible</source>
        <extracomment>status of an application: screened and found ineligible</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <extracomment>status of an application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <extracomment>status of an application: recommended by the fund manager</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recommended</source>
        <extracomment>status of an application: not recommended by the fund manager</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>status of an application: approved by the High Representative</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>status of an application: rejected by the High Representative</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>status of an application: approved and under way</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>status of an application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>status of an application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <extracomment>advice of the governance structure on an application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports with changes</source>
        <extracomment>advice of the governance structure on an application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not support</source>
        <extracomment>advice of the governance structure on an application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No view</source>
        <extracomment>advice of the governance structure on an application: it expressed no view</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge</source>
        <extracomment>Type of contribution: money promised by a donor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <extracomment>Type of contribution: money the fund has received</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member State</source>
        <extracomment>Kind of donor: a Member State of the United Nations</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer State</source>
        <extracomment>Kind of donor: a non-member observer State (Holy See, State of Palestine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intergovernmental or regional organization</source>
        <extracomment>Kind of donor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Philanthropic foundation</source>
        <extracomment>Kind of donor: a non-governmental philanthropic organization</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other non-governmental entity</source>
        <extracomment>Kind of donor: an NGO, academia, an individual …</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <extracomment>Due-diligence status of a donor: States and intergovernmental organizations</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Due-diligence status of a donor: the UN clearance is not decided yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <extracomment>Due-diligence status of a donor: the UN cleared the donor&apos;s money</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <extracomment>Due-diligence status of a donor: the UN refused the donor&apos;s money</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¶21(%1)</source>
        <extracomment>A paragraph of the Secretary-General&apos;s report and its sub-paragraph letter: ¶21(c)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capital-based government official working on cyber/ICT-security diplomacy, policy or related technical fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct experience of ICT-security matters in the current post, and the intention to contribute to the UN discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Able to travel and attend during the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attends all formal meetings of the sessions and the capacity-building activities held alongside them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Willing to share a report on the experience with the fund manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange rate “%1” is not above zero. Enter how many US dollars one unit of the currency is worth, for example 0.0067.</source>
        <extracomment>%1 is the exchange rate typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange rate is empty. Enter how many US dollars one unit of the currency is worth, for example 0.0067.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange rate “%1” is not a plain number. Use digits and a dot before the decimals, for example 0.0067.</source>
        <extracomment>%1 is the exchange rate typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The exchange rate “%1” has more than %n decimal place(s). Round it to %n decimal place(s).</source>
        <extracomment>%1 is the exchange rate typed</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange rate “%1” is too large. Check the number of digits.</source>
        <extracomment>%1 is the exchange rate typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored exchange rate is not above zero. The record needs a valid rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is already in US dollars, so its exchange rate must be 1, not %1.</source>
        <extracomment>%1 is an exchange rate such as 0.98</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is too large to convert to US dollars. Check the amount and the exchange rate.</source>
        <extracomment>%1 is an amount such as 1000, %2 its currency code such as JPY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National strategies, laws and regulations</source>
        <extracomment>focus area (a) of capacity-building activities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National and regional positions on how international law applies to the use of ICTs</source>
        <extracomment>focus area (b) of capacity-building activities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICT incident management and response, including computer emergency response teams</source>
        <extracomment>focus area (c) of capacity-building activities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection of critical infrastructure and critical information infrastructure</source>
        <extracomment>focus area (d) of capacity-building activities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICT-security awareness and education</source>
        <extracomment>focus area (e) of capacity-building activities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and workforce development</source>
        <extracomment>focus area (f) of capacity-building activities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation of the agreed norms of responsible State behaviour</source>
        <extracomment>focus area (g) of capacity-building activities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation of the global confidence-building measures</source>
        <extracomment>focus area (h) of capacity-building activities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation in the global intergovernmental Points of Contact directory</source>
        <extracomment>focus area (i) of capacity-building activities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman</source>
        <extracomment>Gender of a sponsorship applicant
----------
Reason a delegate is on the slate: gender parity (¶12, ¶22)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man</source>
        <extracomment>Gender of a sponsorship applicant</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undisclosed</source>
        <extracomment>Gender of a sponsorship applicant: another gender, or not stated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No currency is given. Choose a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known ISO 4217 currency code. Choose a three-letter code such as USD or EUR.</source>
        <extracomment>%1 is the currency code that was given, e.g. &quot;USX&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is empty. Enter a number such as %1.</source>
        <extracomment>%1 is an example amount such as 1234.56</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount “%1” is not a plain number. Use digits, an optional minus sign and a dot before the decimals, without thousands separators, for example %2.</source>
        <extracomment>%1 is what the user typed, %2 an example amount such as 1234.56</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount “%1” has decimals, but %2 has no minor unit. Enter a whole number.</source>
        <extracomment>%1 is the amount typed, %2 a currency code such as JPY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The amount “%1” has more than %n decimal place(s) for %2. Round it to %n decimal place(s).</source>
        <extracomment>%1 is the amount typed, %2 a currency code such as USD</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The amount “%1” is too large to record in %2. Check the number of digits.</source>
        <extracomment>%1 is the amount typed, %2 a currency code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot combine an amount in %1 with an amount in %2. Convert one of them to the other currency first.</source>
        <extracomment>%1 and %2 are currency codes such as USD and EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is too large to record in %1. Check the amounts involved.</source>
        <extracomment>%1 is a currency code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to split the amount into. Give at least one share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share of the split is negative (%1). Shares must be zero or more.</source>
        <extracomment>%1 is the negative share, e.g. -2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shares of the split are zero. Give at least one share above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the ISO currency code (USD), %2 the amount; reorder if your language puts the code after the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount “%1” is not a number this way. Type it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount “%1” is not a number. Type it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund manager</source>
        <extracomment>role of a local profile (¶15: the project manager post)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance assistant</source>
        <extracomment>role of a local profile (¶15: the General Service post)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High Representative&apos;s office</source>
        <extracomment>role of a local profile: records the High Representative&apos;s final approvals (¶18)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish name and amount</source>
        <extracomment>Publication consent of a contribution (¶17): the donor&apos;s name and the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish as “anonymous donor”</source>
        <extracomment>Publication consent of a contribution (¶17): the amount, without the donor&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not publish</source>
        <extracomment>Publication consent of a contribution (¶17): not published at all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Africa</source>
        <extracomment>Geographic region (UN M49)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Americas</source>
        <extracomment>Geographic region (UN M49): North, Central and South America and the Caribbean</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia</source>
        <extracomment>Geographic region (UN M49)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <extracomment>Geographic region (UN M49)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oceania</source>
        <extracomment>Geographic region (UN M49)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regional group</source>
        <extracomment>A State in no UN regional group (the Holy See)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>African States</source>
        <extracomment>UN regional group; use the UN&apos;s official wording in this language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia-Pacific States</source>
        <extracomment>UN regional group; use the UN&apos;s official wording in this language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eastern European States</source>
        <extracomment>UN regional group; use the UN&apos;s official wording in this language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin American and Caribbean States</source>
        <extracomment>UN regional group; use the UN&apos;s official wording in this language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European and other States</source>
        <extracomment>UN regional group; use the UN&apos;s official wording in this language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least Developed Countries</source>
        <extracomment>UN category of countries; use the UN&apos;s official wording in this language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landlocked Developing Countries</source>
        <extracomment>UN category of countries; use the UN&apos;s official wording in this language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small Island Developing States</source>
        <extracomment>UN category of countries; use the UN&apos;s official wording in this language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDC</source>
        <extracomment>Abbreviation of &quot;Least Developed Countries&quot; as the UN writes it in this language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLDC</source>
        <extracomment>Abbreviation of &quot;Landlocked Developing Countries&quot; as the UN writes it in this language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIDS</source>
        <extracomment>Abbreviation of &quot;Small Island Developing States&quot; as the UN writes it in this language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <extracomment>selection criterion (a) of activities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synergy and gap analysis</source>
        <extracomment>selection criterion (b) of activities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geographic balance</source>
        <extracomment>selection criterion (c) of activities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact, sustainability and ownership</source>
        <extracomment>selection criterion (d) of activities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment to the working group</source>
        <extracomment>selection criterion (e) of activities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender mainstreaming</source>
        <extracomment>selection criterion (f) of activities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity answers needs identified in a national or regional needs assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application shows how the activity complements other capacity-building efforts and fills a gap they leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding the activity contributes to an equitable distribution of the fund&apos;s resources across regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity has a lasting impact and is owned nationally or regionally beyond the fund&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity supports the work of the open-ended working group and its follow-up process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity mainstreams gender in its design, participation and results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <extracomment>point 0 of the 0–5 review scale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <extracomment>point 1 of the 0–5 review scale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <extracomment>point 2 of the 0–5 review scale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequate</source>
        <extracomment>point 3 of the 0–5 review scale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <extracomment>point 4 of the 0–5 review scale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplary</source>
        <extracomment>point 5 of the 0–5 review scale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application does not address the criterion at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion is mentioned, but without substance or evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion is addressed in part; important gaps or weaknesses remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion is addressed satisfactorily, with some evidence; minor gaps remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion is addressed well, with clear evidence and few weaknesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion is addressed fully and convincingly, with strong evidence; a model for other applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of “%1” must be a whole number from 0 to %2.</source>
        <extracomment>%1 is a criterion name, %2 the largest weight allowed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one criterion must have a weight above zero, or no application could be scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights of the review criteria could not be read. Enter them again in the fund&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be written. Check that the folder exists and that you may write to it.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be written. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <extracomment>columns of the geographic balance table (¶25c); amounts in US dollars</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal share</source>
        <extracomment>last line of the geographic balance table: what each would get if shared equally</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>first column of the geographic balance table: the M49 region</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional group</source>
        <extracomment>first column of the geographic balance table: the UN regional group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>column of the exported review scores</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <extracomment>column of the exported review scores: %1 is a letter of ¶25, %2 the criterion</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score</source>
        <extracomment>column of the exported review scores</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity application is no longer in the fund&apos;s database. Reload the list of activities and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of activities in the fund&apos;s database is damaged: activity %1 has an unknown value in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation is no longer in the fund&apos;s database. Reload the list of consultations and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of consultations in the fund&apos;s database is damaged: consultation %1 has an unknown advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved earlier state of a contribution in the fund&apos;s database is damaged and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contribution is no longer in the fund&apos;s database. Reload the list of contributions and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of contributions in the fund&apos;s database is damaged: contribution %1 has an unknown value in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of donors in the fund&apos;s database is damaged: donor %1 has an unknown value in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The donor is no longer in the fund&apos;s database. Reload the list of donors and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is no longer in the fund&apos;s database. Reload the list of meetings and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of meetings in the fund&apos;s database is damaged: meeting %1 has an unknown value in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is no longer in the fund&apos;s database. Reload the application&apos;s reviews and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sponsorship application is no longer in the fund&apos;s database. Reload the list of applications and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of sponsorships in the fund&apos;s database is damaged: application %1 has an unknown value in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of States in the fund&apos;s database is damaged: the State “%1” has an unknown value in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The State with ISO code “%1” or M49 code “%2” is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: enter the title of the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing partners: enter the name of partner %1, or remove it from the list.</source>
        <extracomment>%1 is the position of the partner in the list: 1, 2, …</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas: choose at least one of the nine focus areas of the fund (¶26).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs assessment: describe the national or regional needs assessment the activity answers, or give the reference of the document (¶13, ¶25a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant State: choose the government that applies. Eligible recipients are governments (¶24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant State: “%1” is not a Member State of the reference list. Eligible recipients are governments of Member States (¶24).</source>
        <extracomment>%1 is an ISO 3166 code such as FRA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-applicant States: the applicant State cannot also be a co-applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-applicant States: “%1” is not a Member State of the reference list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-applicant States: %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: enter the date the activity starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: enter the date the activity ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: the activity cannot end (%1) before it starts (%2).</source>
        <extracomment>%1 and %2 are ISO dates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested: enter the amount requested for at least one year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested: amounts are requested in US dollars (USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested: the amount for %1 must be more than zero.</source>
        <extracomment>%1 is a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested: %1 is outside the years of the activity (%2–%3).</source>
        <extracomment>%1 is a year; %2–%3 the first and last years of the activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested: the year %1 is entered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-funding: enter the amount from other sources in US dollars, zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: “%1” is already the reference of another application.</source>
        <extracomment>%1 is a reference such as CB-2026-014</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has been reviewed or discussed in a consultation, so it cannot be deleted; its record is part of the selection. Cancel it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is out of range. Enter a year from %2 to %3.</source>
        <extracomment>%1 is the year asked for, %2 and %3 the first and last years allowed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs the role “%1”; the current profile has the role “%2”.</source>
        <extracomment>%1 and %2 are role names, such as &quot;Fund manager&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund is not operational: no minimum threshold of contributions has been set (¶16). Set it in the fund&apos;s settings before approving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund is not operational yet: it becomes operational once the contributions received reach %1 (¶16); %2 is still missing.</source>
        <extracomment>%1 is the threshold, %2 the amount still missing, both with currency</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1 short of the available programme balance of %2.</source>
        <extracomment>%1 is the shortfall, %2 the available balance, both with currency</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved amount must be a positive amount in USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the justification for changing the approved amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved item has an amount to amend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amendment has already been decided, or no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever recommended a change cannot also approve it. Another profile of the High Representative&apos;s office must decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already been paid on this item; the approved amount cannot go below it.</source>
        <extracomment>%1 is the amount already paid, with currency</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: enter the date of the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: a consultation is recorded once it has taken place; the date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: enter the States and members who took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: a line of the list is empty; enter a name or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice: one application the advice refers to is no longer in the fund&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice: %1 has two entries; a consultation gives one advice per application.</source>
        <extracomment>%1 is a reference such as CB-2026-014</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice: write down the advice given on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the donor of this contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen donor is no longer in the fund&apos;s database. Choose the donor again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UN&apos;s due diligence declined %1, so the fund cannot accept its money, pledged or received (¶14). Choose another donor, or record a new clearance on the donor if the decision was reversed.</source>
        <extracomment>%1 is the donor&apos;s name; ¶14 is a paragraph of the report that set up the fund</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not yet been cleared by the UN&apos;s due diligence, so its money can be pledged but not recorded as received (¶14). Record a pledge for now, or record the clearance on the donor first.</source>
        <extracomment>%1 is the donor&apos;s name; ¶14 is a paragraph of the report that set up the fund</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is before 1 January 2000. Check the year.</source>
        <extracomment>%1 is a date such as 1999-12-31</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt cannot be dated in the future: %1 is after today, %2. Enter the date the money was received, or record a pledge.</source>
        <extracomment>%1 and %2 are dates such as 2025-03-31</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be above zero. Enter the amount the donor gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known ISO 4217 currency code. Choose the currency from the list.</source>
        <extracomment>%1 is what was entered as a currency code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the exchange rate to US dollars used on the day; it must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is in US dollars, so its exchange rate must be 1, not %1.</source>
        <extracomment>%1 is an exchange rate such as 0.98</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a receipt can be paid against a pledge. Clear the pledge it pays, or record a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt cannot be paid against itself. Choose the pledge it pays, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pledge this receipt pays is not in the fund&apos;s database. Choose the pledge again, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen pledge was made by another donor. Choose a pledge of %1, or none.</source>
        <extracomment>%1 is the donor&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen pledge is in %1 and this receipt in %2. Record the receipt in %1, or choose another pledge.</source>
        <extracomment>%1 and %2 are currency codes such as EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund accepts no earmarked contributions (¶19): money restricted to specific activities cannot be recorded. Ask the donor to lift the restriction, then record the contribution without it.</source>
        <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt comes with conditions. Confirm that they do not restrict its use to specific activities (no earmarking, ¶19) before recording it.</source>
        <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a pledge can have a schedule of payments. Remove the schedule, or record a pledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the due date of scheduled payment %1.</source>
        <extracomment>%1 is the number of the payment in the schedule: 1, 2, 3 …</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled payment %1 must be above zero.</source>
        <extracomment>%1 is the number of the payment in the schedule: 1, 2, 3 …</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled payment %1 is in %2, but the pledge is in %3. Enter every payment in %3.</source>
        <extracomment>%1 is the number of the payment; %2 and %3 are currency codes such as EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled payments add up to %1 %2, but the pledge is %3 %2. Adjust the payments so that they add up to the pledge.</source>
        <extracomment>%1 and %3 are amounts such as 1000.00, %2 their currency code such as EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) are recorded against this pledge, so it must stay a pledge. Record the money received as a receipt instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) from this donor are recorded against this pledge, so its donor cannot change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) in %1 are recorded against this pledge, so its currency must stay %1.</source>
        <extracomment>%1 is a currency code such as EUR</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This contribution has been received, so its earlier state is kept in its history. Enter the reason for the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) are recorded against this pledge, so it cannot be deleted. Delete those receipts first, or keep the pledge.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>UN Voluntary Fund for ICT-security capacity building (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund “%1”: %2 donors, %3 contributions, %4 activity applications with %5 reviews, %6 consultations, %7 reference States.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the payee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is a positive amount; record money coming back as a refund, with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments can be made only against an approved or active sponsorship or activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the recipient State from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment of %1 exceeds what remains committed on the item: %2.</source>
        <extracomment>%1 is the payment in USD, %2 what remains committed, both with currency</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refund of %1 exceeds what was paid on the item: %2.</source>
        <extracomment>%1 is the refund in USD, %2 what was paid, both with currency</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of donor this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the State from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a State of the reference list. Choose the State from the list.</source>
        <extracomment>%1 is a code such as FRA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an observer State, not a Member State. Choose “Observer State” as the kind of donor, or another State.</source>
        <extracomment>%1 is a State&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Member State, not an observer State. Choose “Member State” as the kind of donor, or another State.</source>
        <extracomment>%1 is a State&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a donor record, and a State has only one. Choose that record instead of adding a new one.</source>
        <extracomment>%1 is a State&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the donor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The donor&apos;s name is %1 characters long. Shorten it to at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country of the reference list. Choose the country from the list, or leave it empty.</source>
        <extracomment>%1 is a code such as FRA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A donor of the kind “%1” needs no due-diligence clearance. Set the clearance to “Not required”.</source>
        <extracomment>%1 is a kind of donor, such as &quot;Member State&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the due-diligence decision (%1).</source>
        <extracomment>%1 is a due-diligence status: &quot;Cleared&quot; or &quot;Declined&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n contribution(s) recorded, so the donor cannot be deleted: the fund&apos;s books must keep who gave what. Delete the contributions first if they were entered by mistake.</source>
        <extracomment>%1 is the donor&apos;s name</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a capital-based government official currently working on cyber/ICT-security diplomacy, policy or related technical fields</source>
        <extracomment>%1 is &quot;¶21(a)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no direct experience of ICT-security matters in the current post, or no intention to contribute to the UN discussions</source>
        <extracomment>%1 is &quot;¶21(b)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not able to travel and attend during the sessions</source>
        <extracomment>%1 is &quot;¶21(c)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: will not attend all formal meetings and the capacity-building activities alongside them</source>
        <extracomment>%1 is &quot;¶21(d)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not willing to share a report on the experience with the fund manager</source>
        <extracomment>%1 is &quot;¶21(e)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund&apos;s setting “%1” holds a value FundDesk cannot read. Open the fund&apos;s settings, enter the value again and save.</source>
        <extracomment>%1 is the internal name of a setting, e.g. fund.threshold.usd_minor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund&apos;s name is %2 characters long. Shorten it to %1 characters at most.</source>
        <extracomment>%1 is the maximum number of characters, %2 the number typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operational threshold cannot be negative. Enter zero, or the amount of receipts at which the fund becomes operational.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operational threshold is in %1, but the fund&apos;s books are kept in US dollars. Enter the threshold in USD.</source>
        <extracomment>%1 is a currency code such as EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual cost of the Professional post cannot be negative. Enter zero or an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual cost of the Professional post is in %1, but the fund&apos;s books are kept in US dollars. Enter the cost in USD.</source>
        <extracomment>%1 is a currency code such as EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual cost of the General Service post cannot be negative. Enter zero or an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual cost of the General Service post is in %1, but the fund&apos;s books are kept in US dollars. Enter the cost in USD.</source>
        <extracomment>%1 is a currency code such as EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum funding per activity cannot be negative. Enter zero or an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum funding per activity is in %1, but the fund&apos;s books are kept in US dollars. Enter the minimum in USD.</source>
        <extracomment>%1 is a currency code such as EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold cannot have been announced on %1, after today (%2). Enter the date donors were told the threshold, or leave it empty until then.</source>
        <extracomment>%1 is the date entered, %2 today&apos;s date, both as YYYY-MM-DD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet operational: set the minimum threshold of contributions in Settings (¶16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational: contributions received have reached the threshold of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet operational: %1 still missing to reach the threshold of %2 (¶16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting has the reference “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the meeting&apos;s reference, such as PM-2026-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another meeting already has the reference “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the meeting&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the city where the meeting is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the meeting cannot be before its first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The formal meeting days must be from 1 to %n, the days from the first to the last day of the meeting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The airfare from %1 must be an amount in USD of 0 or more.</source>
        <extracomment>%1 is a region of the world, such as Africa</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily subsistence allowance must be an amount in USD of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days of subsistence allowance cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal expenses must be an amount in USD of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sponsorship application(s) are recorded for this meeting, so it cannot be deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The year %1 is closed, so its records cannot be changed. The fund manager can reopen the year, giving a reason.</source>
        <extracomment>%1 is a year such as 2025</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the fund manager can close or reopen a year. The current profile has the role “%1”.</source>
        <extracomment>%1 is the name of a role, such as &quot;Fund manager&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is already closed.</source>
        <extracomment>%1 is a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for reopening the year: it is kept on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is not closed.</source>
        <extracomment>%1 is a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled payment of a pledge in %1 is in %2. Enter every scheduled payment in the pledge&apos;s currency.</source>
        <extracomment>%1 is the pledge&apos;s currency, %2 the currency of one of its scheduled payments</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is no longer in the fund&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <extracomment>%1 is the name of a person&apos;s profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data, row %1, column %2: a quotation mark is misplaced. A field with quotation marks must be enclosed in them entirely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data, row %1: a quoted field is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data: the column “%1” appears twice in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data: the column “%1” is missing from the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data, row %1, column “%2”: the value is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data, row %1, column “%2”: “%3” is not 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data, row %1, column “%2”: “%3” is not a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data: the file is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data: the file is empty; a header row is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data, row %1: %2 fields where the header has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data, row %1, column “%2”: “%3” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of States built into FundDesk could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict of interest: describe the conflict you declare, so the record shows why you did not score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer: enter the name of the reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer: %1 has already declared for this application. Open that review instead.</source>
        <extracomment>%1 is a person&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest for this application and cannot score it. The aggregate score is computed without this reviewer.</source>
        <extracomment>%1 is a person&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the score must be a whole number from %2 to %3.</source>
        <extracomment>%1 is a criterion name; %2 and %3 the ends of the scale (0 and 5)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification: explain the scores in writing; the selection must be transparent and accountable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You pinned %1 applicants for %n seat(s): the slate is the pinned applicants only. Unpin some or add seats.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The pinned applicants cost %1, more than the budget of %2: the slate is the pinned applicants only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of %1 delegates from %2: no applicant from another State could take the seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only applicant from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chosen among %n applicants from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority State: %1</source>
        <extracomment>%1 is a list of priority groups such as &quot;LDC and LLDC&quot; (¶22)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviewer score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <extracomment>%1 lists the failing criteria, such as &quot;¶21(a) and ¶21(c)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not screened yet: assess %1</source>
        <extracomment>%1 lists the criteria not yet assessed, such as &quot;¶21(b) and ¶21(d)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would need a budget of %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned applicants take the whole slate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a delegate and other States wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every seat is taken by a pinned applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking them would leave %1 without a delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking them would leave fewer than half of the seats to women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking them would leave %1 uncovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking them would mean one delegate fewer from LDC, LLDC and SIDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A higher score than %1 (the lowest selected with the same profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A higher score than %1 (the score of %2, whose place they would take)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same standing as %1, who costs %2 less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same standing and cost as %1, whose application came first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>No regional group is covered by the slate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional groups covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From LDC, LLDC or SIDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seats must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget must be an amount in USD of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the meeting the applicant would attend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the applicant&apos;s gender, or “Other or undisclosed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the applicant&apos;s State from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost you set must be an amount in USD of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the cost differs from the meeting&apos;s norms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score must be a whole number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actual cost must be an amount in USD of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not every criterion of ¶21 is assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application cannot be recommended: %1.</source>
        <extracomment>%1 is the reason, such as &quot;¶21(c): not able to travel and attend during the sessions&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the meeting and the State to estimate the cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sponsorship is no longer in the fund&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity is no longer in the fund&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application cannot move from “%1” to “%2”: “%1” is a final status.</source>
        <extracomment>%1 and %2 are statuses of an application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application cannot move from “%1” to “%2”. From “%1” it can move only to %3.</source>
        <extracomment>%1 and %2 are statuses; %3 lists the statuses allowed next, separated by commas</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your profile before changing an application&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a profile with the role “%2” can record “%1”; the current profile has the role “%3”.</source>
        <extracomment>%1 is a status, %2 and %3 are role names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not every ¶21 criterion has been assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sponsorship cannot be “%1”: %2.</source>
        <extracomment>%1 is a status; %2 lists the failed ¶21 criteria, separated by semicolons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recommended this application, so %1 cannot also approve or reject it. Another profile of the High Representative&apos;s office must decide.</source>
        <extracomment>%1 is the name of a person&apos;s profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the written justification for “%1”: it is required both for recommending and for not recommending.</source>
        <extracomment>%1 is a status such as &quot;Recommended&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundDesk::Ui</name>
    <message>
        <source>Year of row %1</source>
        <extracomment>Accessible name of the year of a row of the amounts requested; %1 is the row number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in USD of row %1</source>
        <extracomment>Accessible name of an amount requested; %1 is the row number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested for %1: %2</source>
        <extracomment>%1 is a year, %2 why its amount was refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <extracomment>Column header of the amounts requested per year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <extracomment>Column header: the amount requested for that year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested per year</source>
        <extracomment>Accessible name of the table of amounts requested per year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Year</source>
        <extracomment>Button under the amounts table: adds the next year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Year</source>
        <extracomment>Button under the amounts table: removes the selected year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n co-applicant State(s) chosen</source>
        <extracomment>Under the co-applicant list: how many States are ticked</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Filter States by name or code…</source>
        <extracomment>Placeholder of the filter box above the co-applicant States</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter co-applicant States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-applicant States</source>
        <extracomment>Accessible name of the checkable list of co-applicant States</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity Application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Activity Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <extracomment>Tabs of the activity application form
----------
Column header: the applicant State (and how many co-applicants)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant &amp;State:</source>
        <extracomment>Form label: the government applying (¶24)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Co-applicant States:</source>
        <extracomment>Form label: other States of a regional activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Implementing partners:</source>
        <extracomment>Form label: partners named at application time (¶24)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected o&amp;utputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected out&amp;comes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount requested:</source>
        <extracomment>Form label: the amount requested for each year of the activity (¶20b)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding floor:</source>
        <extracomment>Form label: whether the request is under the minimum funding floor (¶23)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-&amp;funding (USD):</source>
        <extracomment>Form label: money for the activity from other sources, in USD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-funding so&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needs assessment:</source>
        <extracomment>Form label: the national or regional needs assessment the activity answers (¶25a)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs assessment &amp;document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus areas (¶26):</source>
        <extracomment>Form label above the nine check boxes of ¶26</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given automatically, such as CB-2026-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, date or link of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a State&apos;s name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-funding: %1</source>
        <extracomment>%1 is why the amount was refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or above the minimum funding floor (¶23).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner %1 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner %1 kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the implementing partners table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column header: non-governmental entity, UN entity, …
----------
Column header: the kind of donor (Member State, foundation …)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing partners</source>
        <extracomment>Accessible name of the table of implementing partners</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Partner</source>
        <extracomment>Button under the implementing partners table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Partner</source>
        <extracomment>Button under the implementing partners table: removes the selected partner</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <extracomment>Accessible name of the text of a donor&apos;s conditions on a contribution
----------
Column header: the donor&apos;s conditions on the contribution</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The donor&apos;s conditions, if any, as written</source>
        <extracomment>Placeholder of the conditions field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These conditions restrict the money to specific activities (earmark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm these conditions are not an earmark (¶19)</source>
        <extracomment>¶19 is a paragraph of the report that set up the fund: no earmarking</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No pledge)</source>
        <extracomment>Receipt paid against a pledge: none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <extracomment>A pledge in a list: %1 its date, %2 its amount, %3 its reference (may be empty)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown instead of the USD value while the amount or rate is not complete</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD value: %1</source>
        <extracomment>Accessible name; %1 is an amount such as USD 1,000.00</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <extracomment>Form label: who gives the contribution</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <extracomment>Form label: pledge or receipt</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <extracomment>Form label: the date of the pledge, or the day the money was received</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <extracomment>Form label: the amount in the donor&apos;s currency</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <extracomment>Form label: the ISO currency code of the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate to USD:</source>
        <extracomment>Form label: US dollars per unit of the currency, as used on the day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD value:</source>
        <extracomment>Form label: the amount converted to US dollars</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against &amp;pledge:</source>
        <extracomment>Form label: the pledge a receipt pays (optional)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onditions:</source>
        <extracomment>Form label: the donor&apos;s conditions on the contribution (¶19)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <extracomment>Form label: a reference such as a bank transfer number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <extracomment>Form label: free notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule (optional):</source>
        <extracomment>Form label: the expected payments of a multi-year pledge (¶20b)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the c&amp;hange:</source>
        <extracomment>Form label: why a received contribution is being changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <extracomment>Placeholder of the amount field; %1 is an example amount in the user&apos;s locale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why the received record changes</source>
        <extracomment>Placeholder of the reason field when a received contribution is edited</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the rate to US dollars used on the day: how many USD one %1 was worth, for example 1.08.</source>
        <extracomment>%1 is a currency code such as EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No donor is called “%1”. Choose the donor from the list, or add the donor first.</source>
        <extracomment>%1 is the text typed in the donor field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known ISO 4217 currency code. Choose the currency from the list.</source>
        <extracomment>%1 is what was typed as a currency code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount the donor gives, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution History</source>
        <extracomment>Title of the window listing a contribution&apos;s earlier states</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contribution has not been changed since it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier states of this contribution, oldest first. Each row shows the record as it was before the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <extracomment>Column header: when a contribution was changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Column header: why a contribution was changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column header: the date of a pledge or receipt</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: pledge or receipt</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Column header in a pledge&apos;s schedule of payments: the amount in the pledge&apos;s currency
----------
Column header: the amount in the donor&apos;s currency</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate to USD</source>
        <extracomment>Column header: the exchange rate to US dollars used for the contribution</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD value</source>
        <extracomment>Column header: the contribution&apos;s value in US dollars</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>Column header: the application&apos;s reference such as CB-2026-014
----------
Column header: a reference such as a bank transfer number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(None)</source>
        <extracomment>Country of a non-State donor: none chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <extracomment>Form label: what kind of donor (Member State, foundation …)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <extracomment>Form label: the donor State, chosen from the reference list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Form label: the name of a non-State donor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country (optional):</source>
        <extracomment>Form label: the country a non-State donor is based in (optional)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due diligence:</source>
        <extracomment>Form label: the UN&apos;s due-diligence clearance of the donor (¶14)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <extracomment>Form label: the date the due-diligence decision was taken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision n&amp;ote:</source>
        <extracomment>Form label: a note on the due-diligence decision</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <extracomment>Form label: the donor&apos;s contact person or address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <extracomment>Form label: free notes on the donor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>Accessible name of a form&apos;s error message; %1 is the message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication</source>
        <extracomment>Title of the choice of publication consent (¶17)
----------
Column header: whether the donor agreed to publication (¶17)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received contributions are published on the fund&apos;s page unless the donor asks otherwise (¶17).</source>
        <extracomment>¶17 is a paragraph of the report that set up the fund</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled payment %1: %2</source>
        <extracomment>%1 is the number of the payment (1, 2, 3 …), %2 why its amount was refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <extracomment>Column header in a pledge&apos;s schedule of payments</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule of payments</source>
        <extracomment>Accessible name of the table of a pledge&apos;s expected payments</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Payment</source>
        <extracomment>Button: add an expected payment to a pledge&apos;s schedule</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Payment</source>
        <extracomment>Button: remove the selected payment from a pledge&apos;s schedule</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date of payment %1</source>
        <extracomment>Accessible name; %1 is the number of the payment: 1, 2, 3 …</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of payment %1</source>
        <extracomment>Accessible name; %1 is the number of the payment: 1, 2, 3 …</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>One point of the 0–5 scale: %1 the score, %2 its name, %3 what it means</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <extracomment>Beside a score that is not chosen yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score each criterion from 0 to 5:
%1</source>
        <extracomment>Above the scores: the meaning of each point of the scale, one per line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <extracomment>A criterion of ¶25 with its letter: &quot;(a) Needs assessment&quot;
----------
A focus area of ¶26 with its letter: &quot;(c) ICT incident management and response …&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <extracomment>Shown in a score box before a score is chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score for %1</source>
        <extracomment>Accessible name of a score box; %1 is the criterion</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score Application %1</source>
        <extracomment>Title of the scoring dialog; %1 is the application&apos;s reference</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>%1 reference, %2 title, %3 applicant State (and co-applicants)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Conflict of interest</source>
        <extracomment>Group title: the first step of a review</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before scoring, declare whether you have a conflict of interest with this application. A reviewer with a conflict does not score it and is left out of its aggregate score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;no conflict of interest with this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a conflict of &amp;interest and recuse myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of the &amp;conflict (required with a conflict):</source>
        <extracomment>Label of the note explaining a declared conflict of interest</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Scores (¶25)</source>
        <extracomment>Group title: the second step of a review</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the declaration and, without a conflict, the scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already declared for this application: saving changes that review.</source>
        <extracomment>%1 is a reviewer&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews of this application: %1</source>
        <extracomment>%1 the aggregate with its spread and reviewer counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict of interest: declare first whether you have a conflict of interest with this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict of interest of %1 is recorded: %1 does not score this application and is left out of its aggregate.</source>
        <extracomment>%1 is a reviewer&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores of %1 are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund operational</source>
        <extracomment>Accessible name of the fund status icon</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund status: %1</source>
        <extracomment>Accessible name of the fund status; %1 is the status text
----------
Accessible name of the fund status banner; %1 is the status text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Accessible name of the fund status icon when the fund is not operational</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning, fund not operational: %1</source>
        <extracomment>Accessible name of the fund status when the fund is not operational; %1 is the status
----------
Accessible name of the status banner when the fund is not operational; %1 the status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu title; the &amp; marks the keyboard mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Menu title listing the pages; the &amp; marks the keyboard mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Menu title; the &amp; marks the keyboard mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New fund…</source>
        <extracomment>File menu: create a new fund database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty fund database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <extracomment>File menu: open an existing fund database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing fund database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <extracomment>File menu: save a copy of the open fund database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the open fund database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>File menu: leave the application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close FundDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About FundDesk</source>
        <extracomment>Help menu</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <extracomment>Help menu</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current page</source>
        <extracomment>Accessible name of the area that shows the current page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page list and current page</source>
        <extracomment>Accessible name of the area holding the page list and the current page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Accessible name of the status bar at the bottom of the main window
----------
Column header: where the application stands in the workflow</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <extracomment>Accessible name of the menu bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fund open</source>
        <extracomment>Status bar, when no fund database is open</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FundDesk — %1</source>
        <extracomment>Window title; %1 is the file name of the open fund database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund file: %1</source>
        <extracomment>Status bar; %1 is the file name of the open fund database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open fund file</source>
        <extracomment>Accessible name of the status bar label with the open database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open fund</source>
        <extracomment>Title of the file dialog that opens a fund database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up fund</source>
        <extracomment>Title of the file dialog that saves a backup copy of the fund database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FundDesk %1</source>
        <extracomment>Heading of the About box; %1 is the version number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FundDesk helps the manager of the UN Voluntary Fund for ICT-security capacity building record contributions, review applications and report on spending, offline on a laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About FundDesk</source>
        <extracomment>Title of the About box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund databases (*.funddesk *.sqlite)</source>
        <extracomment>File dialog filter; keep the patterns in parentheses unchanged</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <extracomment>File dialog filter; keep the pattern in parentheses unchanged</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>Accessible name of the list of pages on the side of the main window</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the page to show. %1 to %2 jump to a page directly.</source>
        <extracomment>%1 and %2 are keyboard shortcuts, e.g. Ctrl+1 and Ctrl+7</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below floor</source>
        <extracomment>Table cell: the request is under the ¶23 minimum funding floor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Column header: the title of the capacity-building activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Column header: the M49 region of the applicant State
----------
Column header: the geographic region of the donor&apos;s country</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas</source>
        <extracomment>Column header: the letters of the ¶26 focus areas, a to i</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <extracomment>Column header: the years the activity runs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested (USD)</source>
        <extracomment>Column header: the total amount requested, in US dollars</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>Column header: the aggregate review score, 0 to 5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <extracomment>Column header: the difference between the highest and lowest reviewer&apos;s score</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <extracomment>Column header: whether the request is under the minimum funding floor (¶23)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between the focus-area letters in a table cell: &quot;a, c, f&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>The years an activity runs: %1 the first year, %2 the last (2026–2027)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 + %Ln</source>
        <extracomment>The applicant State and how many co-applicant States join it: &quot;Kenya + 2&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) scored</source>
        <extracomment>Part of the review summary of an application</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recused</source>
        <extracomment>Part of the review summary: reviewers who declared a conflict of interest</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <extracomment>Part of the review summary: reviewers who declared no conflict and have not scored yet</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>The review summary: %1 scored, %2 recused, %3 pending reviewers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet (%1).</source>
        <extracomment>%1 is the review summary (&quot;0 reviewers scored · 1 recused · 0 pending&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate score %1 out of 5, spread %2 (%3).</source>
        <extracomment>%1 the aggregate score (0–5, such as 3.20), %2 the spread between reviewers (0.80), %3 the review summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <extracomment>Column header: who gave the contribution
----------
Column header: the donor&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Due-diligence status and the date it was decided, e.g. &quot;Cleared, 3/4/25&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>Column header: the donor&apos;s country</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due diligence</source>
        <extracomment>Column header: the UN&apos;s due-diligence clearance of the donor (¶14)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (USD)</source>
        <extracomment>Column header: total money received from the donor, in US dollars</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding pledges (USD)</source>
        <extracomment>Column header: money pledged by the donor and not yet received, in US dollars</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A share of a total: %1 is a number such as 23.5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal share</source>
        <extracomment>The last line of the geographic balance: the total divided equally</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the total; the dashed line is the equal share, %2.</source>
        <extracomment>Tooltip of a bar: %1 the line&apos;s share, %2 the equal share, both percentages</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M49 region</source>
        <extracomment>Column header of the geographic balance: an M49 region or a UN regional group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <extracomment>Column header: number of applications with a State in the region</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requested</source>
        <extracomment>Column header: a bar of the region&apos;s share of all requested amounts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended (USD)</source>
        <extracomment>Column header: amounts recommended, approved, active or completed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ The available balance of %1 runs out here: the applications below do not fit.</source>
        <extracomment>Marker row of the ranking: %1 is the fund&apos;s available balance such as USD 1,200,000.00</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below floor: not counted</source>
        <extracomment>Ranking: the request is under the ¶23 floor, so it is not added to the running total</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored: not counted</source>
        <extracomment>Ranking: no reviewer has scored the application, so it is not counted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within balance</source>
        <extracomment>Ranking: the running total is within (or beyond) the available balance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <extracomment>Column header: the position in the ranking by aggregate score</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running total (USD)</source>
        <extracomment>Column header: the sum requested by this and every counted application above it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against balance</source>
        <extracomment>Column header: whether the running total is within the available balance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donors and contributions</source>
        <extracomment>Accessible name of the Donors &amp; Contributions page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <extracomment>Heading of the contributions table: pledges and receipts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) shown · received %1 · pledged %2</source>
        <extracomment>Totals under the contributions table; %1 and %2 are amounts such as USD 1,000.00</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the receipt of %1 from %2 dated %3? Its last state is kept in the contribution history.</source>
        <extracomment>%1 is an amount such as EUR 1,000.00, %2 the donor, %3 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pledge of %1 from %2 dated %3?</source>
        <extracomment>%1 is an amount such as EUR 1,000.00, %2 the donor, %3 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by the fund manager</source>
        <extracomment>Reason kept in a contribution&apos;s history when it is deleted from the table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Contribution…</source>
        <extracomment>Button under the contributions table; Insert key when the table has focus</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a pledge or a receipt (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>Button under the contributions table; Enter or double-click when the table has focus
----------
Button under the donors table; Enter or double-click when the table has focus</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected contribution (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button under the contributions table; Delete key when the table has focus
----------
Button under the donors table; Delete key when the table has focus</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected contribution (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <extracomment>Button: show the earlier states of the selected contribution</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donors</source>
        <extracomment>Heading of the donors table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n donor(s) shown · received %1 · outstanding pledges %2</source>
        <extracomment>Totals under the donors table; %1 and %2 are amounts such as USD 1,000.00</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Donor</source>
        <extracomment>%1 is the donor&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the donor “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Donor…</source>
        <extracomment>Button under the donors table; Insert key when the table has focus</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a donor (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected donor (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected donor (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>Main window page: overview of the fund</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures of the fund at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures for the year, the fund&apos;s size against the USD 2 million and USD 5 million scenarios, and spending by region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donors &amp; Contributions</source>
        <extracomment>Main window page: donors and the money they give</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donors, pledges and received contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member States and non-governmental donors, their pledges and payments, due-diligence clearance and whether each contribution may be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsorships</source>
        <extracomment>Main window page: travel sponsorships of representatives and experts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications to sponsor representatives and experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications from representatives and experts to attend the sessions, checked against the eligibility criteria, with gender balance and geographic diversity of the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <extracomment>Main window page: capacity-building activities funded by the fund</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity-building activities and their proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals for capacity-building activities from governments and their implementing partners, scored against the selection criteria and focus areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursements</source>
        <extracomment>Main window page: payments made by the fund</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments for approved sponsorships and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments made for sponsorships and activities approved by the High Representative, and the balance left in the fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <extracomment>Main window page: printable reports and approval packets</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports, charts and approval packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports on contributions and spending, charts of spending by region, and PDF approval packets for the High Representative&apos;s signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Main window page: application and fund settings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund threshold, currencies and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund&apos;s operational threshold, exchange rates, how staff costs are paid, and the language of the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this page</source>
        <extracomment>Accessible name of the paragraph that describes a page not yet built</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund Settings</source>
        <extracomment>Heading of the Settings page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund &amp;name:</source>
        <extracomment>Form label: the fund&apos;s name, shown on reports</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational &amp;threshold (USD):</source>
        <extracomment>Form label: ¶16 minimum of receipts before the fund operates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold &amp;announced:</source>
        <extracomment>Form label: when donors were told the threshold</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff costs:</source>
        <extracomment>Form label: where the salaries of the fund&apos;s two posts are paid from (¶15)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual cost of the &amp;P post (USD):</source>
        <extracomment>Form label: annual cost of the Professional (P) post</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual cost of the &amp;GS post (USD):</source>
        <extracomment>Form label: annual cost of the General Service (GS) post</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity funding &amp;floor (USD):</source>
        <extracomment>Form label: ¶23 minimum funding of an activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced on</source>
        <extracomment>Check box before the date the threshold was announced to donors</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the threshold was announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged to the regular budget</source>
        <extracomment>Staff costs option (¶15)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged to voluntary contributions</source>
        <extracomment>Staff costs option (¶15)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¶15: the fund has a Professional (P) post and a General Service (GS) post. When they are charged to voluntary contributions, their annual cost is set aside from the money received before any sponsorship or activity; under the regular budget, contributions go to sponsorships and activities only.</source>
        <extracomment>¶15 is a paragraph of the report that set up the fund</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¶23: the least an activity must be funded with; activities below it are not approved.</source>
        <extracomment>¶23 is a paragraph of the report that set up the fund</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Settings</source>
        <extracomment>Button on the Settings page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <extracomment>Shown beside the Save button once the settings are stored</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, kind, country, region, year…</source>
        <extracomment>Placeholder of the filter box above a table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1</source>
        <extracomment>Accessible name of the filter box above a table; %1 is the table&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <extracomment>Accessible name of the line of totals under a table</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
