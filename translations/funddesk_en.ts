<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>FundDesk::App</name>
        <message>
            <source>Write a consistent copy of a fund, even while it is open.</source>
            <translation>Write a consistent copy of a fund, even while it is open.</translation>
        </message>
        <message>
            <source>The backup file to write.</source>
            <translation>The backup file to write.</translation>
        </message>
        <message>
            <source>FILE</source>
            <extracomment>placeholder for a file path in command-line help
----------
placeholder for a file path in help</extracomment>
            <translation>FILE</translation>
        </message>
        <message>
            <source>funddesk backup: give the file to write with --output FILE.</source>
            <translation>funddesk backup: give the file to write with --output FILE.</translation>
        </message>
        <message>
            <source>funddesk backup: %1</source>
            <translation>funddesk backup: %1</translation>
        </message>
        <message>
            <source>Backed up to %1.</source>
            <translation>Backed up to %1.</translation>
        </message>
        <message>
            <source>Replace a fund with a backup, after checking the backup. The replaced file is kept beside it.</source>
            <translation>Replace a fund with a backup, after checking the backup. The replaced file is kept beside it.</translation>
        </message>
        <message>
            <source>funddesk restore: name one backup file: funddesk restore FILE.</source>
            <translation>funddesk restore: name one backup file: funddesk restore FILE.</translation>
        </message>
        <message>
            <source>funddesk restore: %1</source>
            <translation>funddesk restore: %1</translation>
        </message>
        <message>
            <source>Restored %1 from %2.</source>
            <translation>Restored %1 from %2.</translation>
        </message>
        <message>
            <source>The replaced file was kept as %1.</source>
            <translation>The replaced file was kept as %1.</translation>
        </message>
        <message>
            <source>Check a fund's database: integrity and data version.</source>
            <translation>Check a fund's database: integrity and data version.</translation>
        </message>
        <message>
            <source>funddesk check: %1</source>
            <translation>funddesk check: %1</translation>
        </message>
        <message>
            <source>%1: integrity ok; data version %2, upgraded to %3 when FundDesk next opens it.</source>
            <translation>%1: integrity ok; data version %2, upgraded to %3 when FundDesk next opens it.</translation>
        </message>
        <message>
            <source>%1: integrity ok; data version %2 (current).</source>
            <translation>%1: integrity ok; data version %2 (current).</translation>
        </message>
        <message>
            <source>FundDesk %1 — the fund manager's desktop for the UN Voluntary Fund for ICT-security capacity building.</source>
            <translation>FundDesk %1 — the fund manager's desktop for the UN Voluntary Fund for ICT-security capacity building.</translation>
        </message>
        <message>
            <source>Usage:</source>
            <translation>Usage:</translation>
        </message>
        <message>
            <source>PATH</source>
            <extracomment>placeholder for a file path in command-line help</extracomment>
            <translation>PATH</translation>
        </message>
        <message>
            <source>open the window</source>
            <translation>open the window</translation>
        </message>
        <message>
            <source>&lt;command&gt; [options]</source>
            <translation>&lt;command&gt; [options]</translation>
        </message>
        <message>
            <source>work headless; “funddesk &lt;command&gt; --help” lists the options</source>
            <translation>work headless; “funddesk &lt;command&gt; --help” lists the options</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Commands:</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Show this help.</translation>
        </message>
        <message>
            <source>Show the version of FundDesk.</source>
            <translation>Show the version of FundDesk.</translation>
        </message>
        <message>
            <source>funddesk: unknown command “%1”. Run “funddesk --help” for the list of commands.</source>
            <translation>funddesk: unknown command “%1”. Run “funddesk --help” for the list of commands.</translation>
        </message>
        <message>
            <source>The fund's database file (default: %1).</source>
            <translation>The fund's database file (default: %1).</translation>
        </message>
        <message>
            <source>funddesk %1: %2</source>
            <extracomment>%1 is the command ("contribution add"), %2 what is wrong with the call</extracomment>
            <translation>funddesk %1: %2</translation>
        </message>
        <message>
            <source>Run “funddesk %1 --help” for the options.</source>
            <translation>Run “funddesk %1 --help” for the options.</translation>
        </message>
        <message>
            <source>Print the fund's balance and operational status for a year.</source>
            <translation>Print the fund's balance and operational status for a year.</translation>
        </message>
        <message>
            <source>Replace a fund with a checked backup, keeping the replaced file.</source>
            <translation>Replace a fund with a checked backup, keeping the replaced file.</translation>
        </message>
        <message>
            <source>Create a realistic demo fund to explore FundDesk.</source>
            <translation>Create a realistic demo fund to explore FundDesk.</translation>
        </message>
        <message>
            <source>Seed of the generator: the same seed gives the same fund.</source>
            <translation>Seed of the generator: the same seed gives the same fund.</translation>
        </message>
        <message>
            <source>N</source>
            <extracomment>placeholder for a number in command-line help</extracomment>
            <translation>N</translation>
        </message>
        <message>
            <source>funddesk demo: --seed takes a whole number from 0 to %1, not “%2”.</source>
            <translation>funddesk demo: --seed takes a whole number from 0 to %1, not “%2”.</translation>
        </message>
        <message>
            <source>funddesk demo: “%1” already exists. Give a new file with --database PATH; an existing fund is never overwritten.</source>
            <translation>funddesk demo: “%1” already exists. Give a new file with --database PATH; an existing fund is never overwritten.</translation>
        </message>
        <message>
            <source>funddesk demo: %1</source>
            <translation>funddesk demo: %1</translation>
        </message>
        <message>
            <source>Demo fund created in %1.</source>
            <translation>Demo fund created in %1.</translation>
        </message>
        <message>
            <source>Received in %1</source>
            <translation>Received in %1</translation>
        </message>
        <message>
            <source>Received, all years</source>
            <translation>Received, all years</translation>
        </message>
        <message>
            <source>Pledged, outstanding</source>
            <translation>Pledged, outstanding</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>Committed</translation>
        </message>
        <message>
            <source>Disbursed</source>
            <translation>Disbursed</translation>
        </message>
        <message>
            <source>Staff costs (P and GS posts)</source>
            <translation>Staff costs (P and GS posts)</translation>
        </message>
        <message>
            <source>Staff costs (regular budget)</source>
            <translation>Staff costs (regular budget)</translation>
        </message>
        <message>
            <source>Available for programmes</source>
            <translation>Available for programmes</translation>
        </message>
        <message>
            <source>The year (default: this year).</source>
            <translation>The year (default: this year).</translation>
        </message>
        <message>
            <source>YEAR</source>
            <extracomment>placeholder for a year in command-line help</extracomment>
            <translation>YEAR</translation>
        </message>
        <message>
            <source>funddesk status: %1</source>
            <translation>funddesk status: %1</translation>
        </message>
        <message>
            <source>Position at 31 December %1</source>
            <translation>Position at 31 December %1</translation>
        </message>
        <message>
            <source>Demo fund</source>
            <translation>Demo fund</translation>
        </message>
        <message>
            <source>Open fund</source>
            <translation>Open fund</translation>
        </message>
        <message>
            <source>New fund</source>
            <translation>New fund</translation>
        </message>
        <message>
            <source>FundDesk funds (*.funddesk)</source>
            <translation>FundDesk funds (*.funddesk)</translation>
        </message>
        <message>
            <source>“%1” already exists; a new fund never replaces a file. Choose another name.</source>
            <translation>“%1” already exists; a new fund never replaces a file. Choose another name.</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Back up</translation>
        </message>
        <message>
            <source>Open a fund first: there is nothing to back up.</source>
            <translation>Open a fund first: there is nothing to back up.</translation>
        </message>
        <message>
            <source>The fund was backed up to “%1”.</source>
            <translation>The fund was backed up to “%1”.</translation>
        </message>
        <message>
            <source>Verify the fund's hash-chained audit trail and name the first broken entry.</source>
            <translation>Verify the fund's hash-chained audit trail and name the first broken entry.</translation>
        </message>
        <message>
            <source>funddesk audit: %1</source>
            <translation>funddesk audit: %1</translation>
        </message>
        <message>
            <source>audit trail broken at entry %1: %2</source>
            <extracomment>%1 is the number of the first broken entry, %2 says what is wrong with it</extracomment>
            <translation>audit trail broken at entry %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>audit trail intact: %n entries</source>
            <translation>
                <numerusform>audit trail intact: %n entry</numerusform>
                <numerusform>audit trail intact: %n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: funddesk audit verify [--database PATH]</source>
            <translation>Usage: funddesk audit verify [--database PATH]</translation>
        </message>
        <message>
            <source>funddesk audit: unknown or missing action “%1”. Usage: funddesk audit verify [--database PATH]</source>
            <translation>funddesk audit: unknown or missing action “%1”. Usage: funddesk audit verify [--database PATH]</translation>
        </message>
        <message>
            <source>Propose the slate of sponsored delegates for a meeting, with its figures and reasons.</source>
            <translation>Propose the slate of sponsored delegates for a meeting, with its figures and reasons.</translation>
        </message>
        <message>
            <source>Verify the fund's audit trail: “audit verify” names the first broken entry.</source>
            <translation>Verify the fund's audit trail: “audit verify” names the first broken entry.</translation>
        </message>
        <message>
            <source>Propose the slate of sponsored delegates for a meeting, with its figures and the reason for every decision.</source>
            <translation>Propose the slate of sponsored delegates for a meeting, with its figures and the reason for every decision.</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>no reviewer score, in a table cell</extracomment>
            <translation>none</translation>
        </message>
        <message>
            <source>  %1 (%2, %3) — %4, score %5</source>
            <translation>  %1 (%2, %3) — %4, score %5</translation>
        </message>
        <message>
            <source>The meeting's reference, such as PM-2026-1.</source>
            <translation>The meeting's reference, such as PM-2026-1.</translation>
        </message>
        <message>
            <source>REF</source>
            <extracomment>placeholder for a meeting reference in help</extracomment>
            <translation>REF</translation>
        </message>
        <message>
            <source>Seats to fill, from 1 to %1 (default: %2, the ¶20 small scale).</source>
            <translation>Seats to fill, from 1 to %1 (default: %2, the ¶20 small scale).</translation>
        </message>
        <message>
            <source>The most the slate may cost, in USD.</source>
            <translation>The most the slate may cost, in USD.</translation>
        </message>
        <message>
            <source>USD</source>
            <extracomment>placeholder for an amount in command-line help</extracomment>
            <translation>USD</translation>
        </message>
        <message>
            <source>funddesk slate: give the meeting with --meeting REF.</source>
            <translation>funddesk slate: give the meeting with --meeting REF.</translation>
        </message>
        <message>
            <source>funddesk slate: --seats takes a whole number from 1 to %1, not “%2”.</source>
            <translation>funddesk slate: --seats takes a whole number from 1 to %1, not “%2”.</translation>
        </message>
        <message>
            <source>funddesk slate: --budget takes an amount in USD such as 120000 or 95000.50, not “%1”.</source>
            <translation>funddesk slate: --budget takes an amount in USD such as 120000 or 95000.50, not “%1”.</translation>
        </message>
        <message>
            <source>funddesk slate: %1</source>
            <translation>funddesk slate: %1</translation>
        </message>
        <message>
            <source>%1 — %2, %3, %4 to %5</source>
            <extracomment>%1 meeting reference, %2 its name, %3 city, %4 and %5 first and last day</extracomment>
            <translation>%1 — %2, %3, %4 to %5</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warning: %1</translation>
        </message>
        <message>
            <source>Proposed slate</source>
            <translation>Proposed slate</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Left out</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Replace the fund “%1” with the backup “%2”? The current file is kept beside it.</source>
            <translation>Replace the fund “%1” with the backup “%2”? The current file is kept beside it.</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manual</translation>
        </message>
        <message>
            <source>The user manual was not found next to FundDesk.</source>
            <translation>The user manual was not found next to FundDesk.</translation>
        </message>
        <message>
            <source>Print the dashboard's key figures for a year.</source>
            <translation>Print the dashboard's key figures for a year.</translation>
        </message>
        <message>
            <source>Write the table behind a dashboard chart as CSV.</source>
            <translation>Write the table behind a dashboard chart as CSV.</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt: “contribution add”.</source>
            <translation>Record a pledge or a receipt: “contribution add”.</translation>
        </message>
        <message>
            <source>Add a donor: “donor add”.</source>
            <translation>Add a donor: “donor add”.</translation>
        </message>
        <message>
            <source>Move a sponsorship or an activity to its next status.</source>
            <translation>Move a sponsorship or an activity to its next status.</translation>
        </message>
        <message>
            <source>Record a payment against an approved item, or a refund.</source>
            <translation>Record a payment against an approved item, or a refund.</translation>
        </message>
        <message>
            <source>Close or reopen a year: “period close”, “period reopen”.</source>
            <translation>Close or reopen a year: “period close”, “period reopen”.</translation>
        </message>
        <message>
            <source>Add or list the local profiles: “profile add”, “profile list”.</source>
            <translation>Add or list the local profiles: “profile add”, “profile list”.</translation>
        </message>
        <message>
            <source>Write an approval packet (PDF) for an item or a meeting's slate.</source>
            <translation>Write an approval packet (PDF) for an item or a meeting's slate.</translation>
        </message>
        <message>
            <source>Write the annual report to donors (PDF): “report annual”.</source>
            <translation>Write the annual report to donors (PDF): “report annual”.</translation>
        </message>
        <message>
            <source>Write the public contributions list of a year (HTML and CSV).</source>
            <translation>Write the public contributions list of a year (HTML and CSV).</translation>
        </message>
        <message>
            <source>Import donors, contributions or applications from a CSV file, all or nothing.</source>
            <translation>Import donors, contributions or applications from a CSV file, all or nothing.</translation>
        </message>
        <message>
            <source>Export donors, contributions or applications to a CSV file.</source>
            <translation>Export donors, contributions or applications to a CSV file.</translation>
        </message>
        <message>
            <source>no donor has the number “%1”.</source>
            <translation>no donor has the number “%1”.</translation>
        </message>
        <message>
            <source>no donor is named “%1”. Add it with “funddesk donor add”, or give a State's ISO3 code.</source>
            <translation>no donor is named “%1”. Add it with “funddesk donor add”, or give a State's ISO3 code.</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt.</source>
            <translation>Record a pledge or a receipt.</translation>
        </message>
        <message>
            <source>The donor's name, or a State's ISO3 code.</source>
            <extracomment>placeholders in command-line help are in capitals</extracomment>
            <translation>The donor's name, or a State's ISO3 code.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>The donor's number.</source>
            <translation>The donor's number.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>pledge or receipt.</source>
            <translation>pledge or receipt.</translation>
        </message>
        <message>
            <source>TYPE</source>
            <translation>TYPE</translation>
        </message>
        <message>
            <source>The amount in the contribution's currency, such as 123.45.</source>
            <translation>The amount in the contribution's currency, such as 123.45.</translation>
        </message>
        <message>
            <source>AMOUNT</source>
            <extracomment>placeholders in command-line help are in capitals</extracomment>
            <translation>AMOUNT</translation>
        </message>
        <message>
            <source>The ISO 4217 code, such as EUR.</source>
            <translation>The ISO 4217 code, such as EUR.</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <source>USD per unit of the currency on the day (required unless USD).</source>
            <translation>USD per unit of the currency on the day (required unless USD).</translation>
        </message>
        <message>
            <source>RATE</source>
            <translation>RATE</translation>
        </message>
        <message>
            <source>The date, YYYY-MM-DD.</source>
            <translation>The date, YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>The donor's or bank's reference.</source>
            <translation>The donor's or bank's reference.</translation>
        </message>
        <message>
            <source>The profile recorded in the audit trail (name or number).</source>
            <translation>The profile recorded in the audit trail (name or number).</translation>
        </message>
        <message>
            <source>PROFILE</source>
            <translation>PROFILE</translation>
        </message>
        <message>
            <source>give the donor with --donor NAME or --donor-id ID.</source>
            <translation>give the donor with --donor NAME or --donor-id ID.</translation>
        </message>
        <message>
            <source>--type takes pledge or receipt, not “%1”.</source>
            <translation>--type takes pledge or receipt, not “%1”.</translation>
        </message>
        <message>
            <source>give the currency with --currency CODE.</source>
            <translation>give the currency with --currency CODE.</translation>
        </message>
        <message>
            <source>--amount: %1</source>
            <translation>--amount: %1</translation>
        </message>
        <message>
            <source>--usd-rate: %1</source>
            <translation>--usd-rate: %1</translation>
        </message>
        <message>
            <source>give the USD rate of %1 on the day with --usd-rate RATE.</source>
            <translation>give the USD rate of %1 on the day with --usd-rate RATE.</translation>
        </message>
        <message>
            <source>--date takes a date as YYYY-MM-DD, not “%1”.</source>
            <translation>--date takes a date as YYYY-MM-DD, not “%1”.</translation>
        </message>
        <message>
            <source>recorded contribution %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>recorded contribution %1</translation>
        </message>
        <message>
            <source>Usage: funddesk contribution add --donor NAME --type pledge|receipt --amount AMOUNT --currency CODE [--usd-rate RATE] --date DATE [--reference REF] [--database PATH]</source>
            <translation>Usage: funddesk contribution add --donor NAME --type pledge|receipt --amount AMOUNT --currency CODE [--usd-rate RATE] --date DATE [--reference REF] [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; “funddesk contribution add --help” lists the options.</source>
            <translation>unknown or missing action “%1”; “funddesk contribution add --help” lists the options.</translation>
        </message>
        <message>
            <source>funddesk %1: --year takes a year such as %2, not “%3”.</source>
            <extracomment>%1 is the command, %2 an example year, %3 what was typed</extracomment>
            <translation>funddesk %1: --year takes a year such as %2, not “%3”.</translation>
        </message>
        <message>
            <source>funddesk dashboard: %1</source>
            <translation>funddesk dashboard: %1</translation>
        </message>
        <message>
            <source>Write the table behind a dashboard chart as CSV.

Charts:
%1</source>
            <extracomment>%1 is the list of chart names with what each shows</extracomment>
            <translation>Write the table behind a dashboard chart as CSV.

Charts:
%1</translation>
        </message>
        <message>
            <source>The CSV file to write.</source>
            <translation>The CSV file to write.</translation>
        </message>
        <message>
            <source>FILE.csv</source>
            <extracomment>placeholder for a file name in command-line help</extracomment>
            <translation>FILE.csv</translation>
        </message>
        <message>
            <source>funddesk chart: name one chart, such as spending-by-region. “funddesk chart --help” lists them.</source>
            <translation>funddesk chart: name one chart, such as spending-by-region. “funddesk chart --help” lists them.</translation>
        </message>
        <message>
            <source>funddesk chart: there is no chart “%1”. These are:
%2</source>
            <extracomment>%1 is what was typed</extracomment>
            <translation>funddesk chart: there is no chart “%1”. These are:
%2</translation>
        </message>
        <message>
            <source>funddesk chart: give the file to write with --output FILE.csv.</source>
            <translation>funddesk chart: give the file to write with --output FILE.csv.</translation>
        </message>
        <message>
            <source>funddesk chart: %1</source>
            <translation>funddesk chart: %1</translation>
        </message>
        <message>
            <source>Wrote “%1” to %2.</source>
            <extracomment>%1 is a table's title, %2 a file path</extracomment>
            <translation>Wrote “%1” to %2.</translation>
        </message>
        <message>
            <source>Size of the fund: 1 is the demo fund; N above 1 is N times the medium scale of the report (¶20) over ten years, for measuring FundDesk at volume.</source>
            <translation>Size of the fund: 1 is the demo fund; N above 1 is N times the medium scale of the report (¶20) over ten years, for measuring FundDesk at volume.</translation>
        </message>
        <message>
            <source>funddesk demo: --scale takes a whole number from 1 to 1000, not “%1”.</source>
            <translation>funddesk demo: --scale takes a whole number from 1 to 1000, not “%1”.</translation>
        </message>
        <message>
            <source>Record a payment against an approved item, or a refund of one.</source>
            <translation>Record a payment against an approved item, or a refund of one.</translation>
        </message>
        <message>
            <source>The activity's reference (CB-2026-014), or activity:N or sponsorship:N.</source>
            <translation>The activity's reference (CB-2026-014), or activity:N or sponsorship:N.</translation>
        </message>
        <message>
            <source>The amount paid, such as 1250.00.</source>
            <translation>The amount paid, such as 1250.00.</translation>
        </message>
        <message>
            <source>Who was paid.</source>
            <translation>Who was paid.</translation>
        </message>
        <message>
            <source>The payment's reference.</source>
            <translation>The payment's reference.</translation>
        </message>
        <message>
            <source>Record a refund of earlier payments.</source>
            <translation>Record a refund of earlier payments.</translation>
        </message>
        <message>
            <source>Why the money was refunded.</source>
            <translation>Why the money was refunded.</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>The acting profile (name or number).</source>
            <translation>The acting profile (name or number).</translation>
        </message>
        <message>
            <source>give the item with --item REF.</source>
            <translation>give the item with --item REF.</translation>
        </message>
        <message>
            <source>give the acting profile with --as PROFILE.</source>
            <translation>give the acting profile with --as PROFILE.</translation>
        </message>
        <message>
            <source>recorded refund %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>recorded refund %1</translation>
        </message>
        <message>
            <source>recorded disbursement %1</source>
            <translation>recorded disbursement %1</translation>
        </message>
        <message>
            <source>The file (or, for publish, the folder) to write.</source>
            <translation>The file (or, for publish, the folder) to write.</translation>
        </message>
        <message>
            <source>The document's language: ar, zh, en, fr, ru or es (default: en).</source>
            <translation>The document's language: ar, zh, en, fr, ru or es (default: en).</translation>
        </message>
        <message>
            <source>LANG</source>
            <extracomment>placeholder for a language code in command-line help</extracomment>
            <translation>LANG</translation>
        </message>
        <message>
            <source>The paper: a4 or letter (default: a4).</source>
            <translation>The paper: a4 or letter (default: a4).</translation>
        </message>
        <message>
            <source>PAPER</source>
            <extracomment>placeholder for a paper size in help</extracomment>
            <translation>PAPER</translation>
        </message>
        <message>
            <source>funddesk %1: documents need the graphical libraries; run it as “funddesk %1 …”.</source>
            <translation>funddesk %1: documents need the graphical libraries; run it as “funddesk %1 …”.</translation>
        </message>
        <message>
            <source>funddesk %1: say where to write with --output PATH.</source>
            <translation>funddesk %1: say where to write with --output PATH.</translation>
        </message>
        <message>
            <source>funddesk %1: --lang takes ar, zh, en, fr, ru or es, not “%2”.</source>
            <translation>funddesk %1: --lang takes ar, zh, en, fr, ru or es, not “%2”.</translation>
        </message>
        <message>
            <source>funddesk %1: --paper takes a4 or letter, not “%2”.</source>
            <translation>funddesk %1: --paper takes a4 or letter, not “%2”.</translation>
        </message>
        <message>
            <source>Wrote %1 (record SHA-256 %2).</source>
            <translation>Wrote %1 (record SHA-256 %2).</translation>
        </message>
        <message>
            <source>Write the approval packet of an item, or of a meeting's slate, as a PDF for the High Representative's signature.</source>
            <translation>Write the approval packet of an item, or of a meeting's slate, as a PDF for the High Representative's signature.</translation>
        </message>
        <message>
            <source>The item: an activity's reference or SP-&lt;number&gt;.</source>
            <translation>The item: an activity's reference or SP-&lt;number&gt;.</translation>
        </message>
        <message>
            <source>The meeting whose slate to put in one packet.</source>
            <translation>The meeting whose slate to put in one packet.</translation>
        </message>
        <message>
            <source>funddesk packet: give either --item REF or --meeting REF.</source>
            <translation>funddesk packet: give either --item REF or --meeting REF.</translation>
        </message>
        <message>
            <source>Write a report: “report annual” writes the annual report to donors (¶27) as a PDF.</source>
            <translation>Write a report: “report annual” writes the annual report to donors (¶27) as a PDF.</translation>
        </message>
        <message>
            <source>The year reported on.</source>
            <translation>The year reported on.</translation>
        </message>
        <message>
            <source>funddesk report: say which report: “funddesk report annual --year YEAR --output FILE.pdf”.</source>
            <translation>funddesk report: say which report: “funddesk report annual --year YEAR --output FILE.pdf”.</translation>
        </message>
        <message>
            <source>Write the public contributions list of a year (¶17) as an HTML page and a CSV file.</source>
            <translation>Write the public contributions list of a year (¶17) as an HTML page and a CSV file.</translation>
        </message>
        <message>
            <source>The year to publish.</source>
            <translation>The year to publish.</translation>
        </message>
        <message>
            <source>funddesk publish: %1</source>
            <translation>funddesk publish: %1</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>Wrote %1.</translation>
        </message>
        <message>
            <source>Add a donor.</source>
            <translation>Add a donor.</translation>
        </message>
        <message>
            <source>The donor's name (for a State, the reference name is used).</source>
            <translation>The donor's name (for a State, the reference name is used).</translation>
        </message>
        <message>
            <source>One of: %1.</source>
            <extracomment>%1 lists the kinds</extracomment>
            <translation>One of: %1.</translation>
        </message>
        <message>
            <source>KIND</source>
            <extracomment>placeholder for a kind of records in help</extracomment>
            <translation>KIND</translation>
        </message>
        <message>
            <source>ISO3 code: the State itself, or the seat of another donor.</source>
            <translation>ISO3 code: the State itself, or the seat of another donor.</translation>
        </message>
        <message>
            <source>ISO3</source>
            <translation>ISO3</translation>
        </message>
        <message>
            <source>The UN's due diligence has cleared the donor (¶14).</source>
            <translation>The UN's due diligence has cleared the donor (¶14).</translation>
        </message>
        <message>
            <source>--kind takes one of %1, not “%2”.</source>
            <translation>--kind takes one of %1, not “%2”.</translation>
        </message>
        <message>
            <source>added donor %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>added donor %1</translation>
        </message>
        <message>
            <source>Usage: funddesk donor add --name NAME --kind KIND [--country ISO3] [--cleared] [--database PATH]</source>
            <translation>Usage: funddesk donor add --name NAME --kind KIND [--country ISO3] [--cleared] [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; “funddesk donor add --help” lists the options.</source>
            <translation>unknown or missing action “%1”; “funddesk donor add --help” lists the options.</translation>
        </message>
        <message>
            <source>Export records to a CSV file that “funddesk import” reads back: KIND --output FILE.csv, KIND one of %1.</source>
            <translation>Export records to a CSV file that “funddesk import” reads back: KIND --output FILE.csv, KIND one of %1.</translation>
        </message>
        <message>
            <source>funddesk export: give the kind and the file: funddesk export KIND --output FILE.csv; KIND is one of %1.</source>
            <translation>funddesk export: give the kind and the file: funddesk export KIND --output FILE.csv; KIND is one of %1.</translation>
        </message>
        <message>
            <source>funddesk export: %1</source>
            <translation>funddesk export: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) exported to %1.</source>
            <extracomment>%n is the number of records, %1 a file path</extracomment>
            <translation>
                <numerusform>%n record exported to %1.</numerusform>
                <numerusform>%n records exported to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>funddesk import: %1</source>
            <translation>funddesk import: %1</translation>
        </message>
        <message>
            <source>funddesk import: write a template with --template KIND --output FILE.csv; KIND is one of %1.</source>
            <translation>funddesk import: write a template with --template KIND --output FILE.csv; KIND is one of %1.</translation>
        </message>
        <message>
            <source>“%1” could not be written. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>“%1” could not be written. Check that the folder exists and that you may write to it.</translation>
        </message>
        <message>
            <source>Template written to %1.</source>
            <translation>Template written to %1.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of the CSV file, %2 the problem</extracomment>
            <translation>Line %1: %2</translation>
        </message>
        <message>
            <source>Line %1, column %2: %3</source>
            <extracomment>%1 is a line number of the CSV file, %2 a column name, %3 the problem</extracomment>
            <translation>Line %1, column %2: %3</translation>
        </message>
        <message>
            <source>Import records from a CSV file, all or nothing: KIND FILE.csv, KIND one of %1.</source>
            <translation>Import records from a CSV file, all or nothing: KIND FILE.csv, KIND one of %1.</translation>
        </message>
        <message>
            <source>Check the file and print its problems; write nothing.</source>
            <translation>Check the file and print its problems; write nothing.</translation>
        </message>
        <message>
            <source>Confirm that no receipt's conditions restrict its use to specific activities (no earmarking, ¶19).</source>
            <translation>Confirm that no receipt's conditions restrict its use to specific activities (no earmarking, ¶19).</translation>
        </message>
        <message>
            <source>Write an empty file of that kind instead.</source>
            <translation>Write an empty file of that kind instead.</translation>
        </message>
        <message>
            <source>Where --template writes.</source>
            <translation>Where --template writes.</translation>
        </message>
        <message>
            <source>funddesk import: give the kind and the file: funddesk import KIND FILE.csv; KIND is one of %1.</source>
            <translation>funddesk import: give the kind and the file: funddesk import KIND FILE.csv; KIND is one of %1.</translation>
        </message>
        <message>
            <source>“%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>“%1” could not be opened. Check its name and that you may read it.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found; nothing was imported.</source>
            <extracomment>%n is the number of problems</extracomment>
            <translation>
                <numerusform>%n problem found; nothing was imported.</numerusform>
                <numerusform>%n problems found; nothing was imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) checked: the file can be imported. Nothing was written (--dry-run).</source>
            <extracomment>%n is the number of rows</extracomment>
            <translation>
                <numerusform>%n row checked: the file can be imported. Nothing was written (--dry-run).</numerusform>
                <numerusform>%n rows checked: the file can be imported. Nothing was written (--dry-run).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) imported into %1.</source>
            <extracomment>%n is the number of records, %1 a file path</extracomment>
            <translation>
                <numerusform>%n record imported into %1.</numerusform>
                <numerusform>%n records imported into %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: funddesk period close|reopen --year YEAR [--reason TEXT] --as PROFILE [--database PATH]</source>
            <translation>Usage: funddesk period close|reopen --year YEAR [--reason TEXT] --as PROFILE [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; use close or reopen.</source>
            <translation>unknown or missing action “%1”; use close or reopen.</translation>
        </message>
        <message>
            <source>Close a year: its records can no longer change.</source>
            <translation>Close a year: its records can no longer change.</translation>
        </message>
        <message>
            <source>Reopen a closed year, with the reason.</source>
            <translation>Reopen a closed year, with the reason.</translation>
        </message>
        <message>
            <source>The year, such as 2025.</source>
            <translation>The year, such as 2025.</translation>
        </message>
        <message>
            <source>Why the year is reopened (required).</source>
            <translation>Why the year is reopened (required).</translation>
        </message>
        <message>
            <source>--year takes a year such as 2025, not “%1”.</source>
            <translation>--year takes a year such as 2025, not “%1”.</translation>
        </message>
        <message>
            <source>closed %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is a year</extracomment>
            <translation>closed %1</translation>
        </message>
        <message>
            <source>reopened %1</source>
            <translation>reopened %1</translation>
        </message>
        <message>
            <source>Add a local profile (¶15, ¶18).</source>
            <translation>Add a local profile (¶15, ¶18).</translation>
        </message>
        <message>
            <source>The person's name.</source>
            <translation>The person's name.</translation>
        </message>
        <message>
            <source>fund-manager, finance-assistant or hr-office (the High Representative's office).</source>
            <translation>fund-manager, finance-assistant or hr-office (the High Representative's office).</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>ROLE</translation>
        </message>
        <message>
            <source>--role takes fund-manager, finance-assistant or hr-office, not “%1”.</source>
            <translation>--role takes fund-manager, finance-assistant or hr-office, not “%1”.</translation>
        </message>
        <message>
            <source>added profile %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>added profile %1</translation>
        </message>
        <message>
            <source>List the local profiles: number, role, name.</source>
            <translation>List the local profiles: number, role, name.</translation>
        </message>
        <message>
            <source>Usage: funddesk profile add --name NAME --role ROLE | funddesk profile list [--database PATH]</source>
            <translation>Usage: funddesk profile add --name NAME --role ROLE | funddesk profile list [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; use add or list.</source>
            <translation>unknown or missing action “%1”; use add or list.</translation>
        </message>
        <message>
            <source>Move a sponsorship or an activity to its next status (¶18), with who and why.</source>
            <translation>Move a sponsorship or an activity to its next status (¶18), with who and why.</translation>
        </message>
        <message>
            <source>The new status, such as submitted, eligible, under-review, recommended, approved.</source>
            <translation>The new status, such as submitted, eligible, under-review, recommended, approved.</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <source>Why: required for recommendations and decisions.</source>
            <translation>Why: required for recommendations and decisions.</translation>
        </message>
        <message>
            <source>The approved amount in USD (default: what was requested).</source>
            <translation>The approved amount in USD (default: what was requested).</translation>
        </message>
        <message>
            <source>--to takes a status such as submitted or approved, not “%1”.</source>
            <translation>--to takes a status such as submitted or approved, not “%1”.</translation>
        </message>
        <message>
            <source>moved %1 to %2</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 the item, %2 a status key</extracomment>
            <translation>moved %1 to %2</translation>
        </message>
        <message>
            <source>unexpected argument “%1”.</source>
            <translation>unexpected argument “%1”.</translation>
        </message>
        <message>
            <source>funddesk: %1</source>
            <translation>funddesk: %1</translation>
        </message>
        <message>
            <source>funddesk %1: the disk is full, so nothing was saved and the fund is unchanged. Free some space and try again.</source>
            <translation>funddesk %1: the disk is full, so nothing was saved and the fund is unchanged. Free some space and try again.</translation>
        </message>
        <message>
            <source>no profile is named “%1”. “funddesk profile list” shows them; “funddesk profile add” adds one.</source>
            <translation>no profile is named “%1”. “funddesk profile list” shows them; “funddesk profile add” adds one.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) imported.</source>
            <extracomment>%n is the number of records imported from a CSV file</extracomment>
            <translation>
                <numerusform>%n record imported.</numerusform>
                <numerusform>%n records imported.</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up the fund to “%1”…</source>
            <translation>Backing up the fund to “%1”…</translation>
        </message>
        <message>
            <source>Restoring the fund from “%1”…</source>
            <translation>Restoring the fund from “%1”…</translation>
        </message>
        <message>
            <source>Backing up the fund before closing…</source>
            <translation>Backing up the fund before closing…</translation>
        </message>
    </context>
    <context>
        <name>FundDesk::Core</name>
        <message>
            <source>Entry %1 of the audit trail is missing: it was deleted.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>Entry %1 of the audit trail is missing: it was deleted.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail does not follow the entry before it: an entry was inserted or removed there.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>Entry %1 of the audit trail does not follow the entry before it: an entry was inserted or removed there.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail does not match its hash: it was changed after it was written.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>Entry %1 of the audit trail does not match its hash: it was changed after it was written.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail was not written by FundDesk: it was added to the trail afterwards.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>Entry %1 of the audit trail was not written by FundDesk: it was added to the trail afterwards.</translation>
        </message>
        <message>
            <source>The backup “%1” does not exist.</source>
            <translation>The backup “%1” does not exist.</translation>
        </message>
        <message>
            <source>The backup and the fund are the same file; choose a backup.</source>
            <translation>The backup and the fund are the same file; choose a backup.</translation>
        </message>
        <message>
            <source>The folder “%1” could not be created.</source>
            <translation>The folder “%1” could not be created.</translation>
        </message>
        <message>
            <source>The backup could not be copied next to the fund. Check that the disk has room; nothing was replaced.</source>
            <translation>The backup could not be copied next to the fund. Check that the disk has room; nothing was replaced.</translation>
        </message>
        <message>
            <source>The current fund file could not be set aside; nothing was replaced.</source>
            <translation>The current fund file could not be set aside; nothing was replaced.</translation>
        </message>
        <message>
            <source>The backup could not be put in place; the fund was left as it was.</source>
            <translation>The backup could not be put in place; the fund was left as it was.</translation>
        </message>
        <message>
            <source>A backup cannot replace the fund's own database. Choose another file name.</source>
            <translation>A backup cannot replace the fund's own database. Choose another file name.</translation>
        </message>
        <message>
            <source>The backup “%1” could not be written. Check that the folder is writable and the disk has room.</source>
            <translation>The backup “%1” could not be written. Check that the folder is writable and the disk has room.</translation>
        </message>
        <message>
            <source>The backup could not be saved as “%1”. Choose another file name.</source>
            <translation>The backup could not be saved as “%1”. Choose another file name.</translation>
        </message>
        <message>
            <source>“%1” is not a FundDesk database. Choose the fund's .funddesk file, or create a new fund.</source>
            <translation>“%1” is not a FundDesk database. Choose the fund's .funddesk file, or create a new fund.</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be opened: check that the file exists and that you may read it.</source>
            <translation>The fund's database “%1” could not be opened: check that the file exists and that you may read it.</translation>
        </message>
        <message>
            <source>The fund's database “%1” is damaged and was not changed. Restore it from a backup (File ▸ Restore…).</source>
            <translation>The fund's database “%1” is damaged and was not changed. Restore it from a backup (File ▸ Restore…).</translation>
        </message>
        <message>
            <source>“%1” was written by a newer FundDesk (data version %2); this FundDesk reads data versions up to %3. The file was not changed: update FundDesk to open it.</source>
            <translation>“%1” was written by a newer FundDesk (data version %2); this FundDesk reads data versions up to %3. The file was not changed: update FundDesk to open it.</translation>
        </message>
        <message>
            <source>The folder “%1” could not be created. Choose another place for the fund's database.</source>
            <translation>The folder “%1” could not be created. Choose another place for the fund's database.</translation>
        </message>
        <message>
            <source>The file “%1” could not be created. Check that the folder is writable and the disk is not full.</source>
            <translation>The file “%1” could not be created. Check that the folder is writable and the disk is not full.</translation>
        </message>
        <message>
            <source>The fund's database “%1” does not exist.</source>
            <translation>The fund's database “%1” does not exist.</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be opened: check that the file exists and that you may read and write it.</source>
            <translation>The fund's database “%1” could not be opened: check that the file exists and that you may read and write it.</translation>
        </message>
        <message>
            <source>Before upgrading the fund's data, FundDesk could not keep a copy at “%1”, so nothing was changed. Free some disk space and try again.</source>
            <translation>Before upgrading the fund's data, FundDesk could not keep a copy at “%1”, so nothing was changed. Free some disk space and try again.</translation>
        </message>
        <message>
            <source>This fund's data was written by a newer FundDesk (data version %1); this FundDesk reads data versions up to %2. The file was not changed: update FundDesk to open it.</source>
            <translation>This fund's data was written by a newer FundDesk (data version %1); this FundDesk reads data versions up to %2. The file was not changed: update FundDesk to open it.</translation>
        </message>
        <message>
            <source>The fund's database could not be read or written. Your last change was not saved; try again, and if it keeps failing run “funddesk check”.</source>
            <translation>The fund's database could not be read or written. Your last change was not saved; try again, and if it keeps failing run “funddesk check”.</translation>
        </message>
        <message>
            <source>The amount requested (USD %1) is below the fund's minimum funding floor for an activity (USD %2), so the application can be neither recommended nor approved. The floor keeps activities large enough to be of quality and sustainable (¶23).</source>
            <extracomment>%1 is the amount requested, %2 the fund's minimum, both as "USD 1234.56"</extracomment>
            <translation>The amount requested (USD %1) is below the fund's minimum funding floor for an activity (USD %2), so the application can be neither recommended nor approved. The floor keeps activities large enough to be of quality and sustainable (¶23).</translation>
        </message>
        <message>
            <source>Non-governmental entity</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>Non-governmental entity</translation>
        </message>
        <message>
            <source>United Nations entity</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>United Nations entity</translation>
        </message>
        <message>
            <source>International or regional organization</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>International or regional organization</translation>
        </message>
        <message>
            <source>Academic institution</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>Academic institution</translation>
        </message>
        <message>
            <source>Private sector</source>
            <extracomment>kind of implementing partner of an activity
----------
Kind of donor: a company</extracomment>
            <translation>Private sector</translation>
        </message>
        <message>
            <source>Draft</source>
            <extracomment>status of an application</extracomment>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Submitted</source>
            <extracomment>status of an application</extracomment>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Screened: eligible</source>
            <extracomment>status of an application: screened and found eligible</extracomment>
            <translation>Screened: eligible</translation>
        </message>
        <message>
            <source>Screened: ineligible</source>
            <extracomment>status of an application: screened and found ineligible</extracomment>
            <translation>Screened: ineligible</translation>
        </message>
        <message>
            <source>Under review</source>
            <extracomment>status of an application</extracomment>
            <translation>Under review</translation>
        </message>
        <message>
            <source>Recommended</source>
            <extracomment>status of an application: recommended by the fund manager</extracomment>
            <translation>Recommended</translation>
        </message>
        <message>
            <source>Not recommended</source>
            <extracomment>status of an application: not recommended by the fund manager</extracomment>
            <translation>Not recommended</translation>
        </message>
        <message>
            <source>Approved</source>
            <extracomment>status of an application: approved by the High Representative</extracomment>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Rejected</source>
            <extracomment>status of an application: rejected by the High Representative</extracomment>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Active</source>
            <extracomment>status of an application: approved and under way</extracomment>
            <translation>Active</translation>
        </message>
        <message>
            <source>Completed</source>
            <extracomment>status of an application</extracomment>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <extracomment>status of an application</extracomment>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Supports</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>Supports</translation>
        </message>
        <message>
            <source>Supports with changes</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>Supports with changes</translation>
        </message>
        <message>
            <source>Does not support</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>Does not support</translation>
        </message>
        <message>
            <source>No view</source>
            <extracomment>advice of the governance structure on an application: it expressed no view</extracomment>
            <translation>No view</translation>
        </message>
        <message>
            <source>Pledge</source>
            <extracomment>Type of contribution: money promised by a donor</extracomment>
            <translation>Pledge</translation>
        </message>
        <message>
            <source>Receipt</source>
            <extracomment>Type of contribution: money the fund has received</extracomment>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Member State</source>
            <extracomment>Kind of donor: a Member State of the United Nations</extracomment>
            <translation>Member State</translation>
        </message>
        <message>
            <source>Observer State</source>
            <extracomment>Kind of donor: a non-member observer State (Holy See, State of Palestine)</extracomment>
            <translation>Observer State</translation>
        </message>
        <message>
            <source>Intergovernmental or regional organization</source>
            <extracomment>Kind of donor</extracomment>
            <translation>Intergovernmental or regional organization</translation>
        </message>
        <message>
            <source>Philanthropic foundation</source>
            <extracomment>Kind of donor: a non-governmental philanthropic organization</extracomment>
            <translation>Philanthropic foundation</translation>
        </message>
        <message>
            <source>Other non-governmental entity</source>
            <extracomment>Kind of donor: an NGO, academia, an individual …</extracomment>
            <translation>Other non-governmental entity</translation>
        </message>
        <message>
            <source>Not required</source>
            <extracomment>Due-diligence status of a donor: States and intergovernmental organizations</extracomment>
            <translation>Not required</translation>
        </message>
        <message>
            <source>Pending</source>
            <extracomment>Due-diligence status of a donor: the UN clearance is not decided yet</extracomment>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Cleared</source>
            <extracomment>Due-diligence status of a donor: the UN cleared the donor's money</extracomment>
            <translation>Cleared</translation>
        </message>
        <message>
            <source>Declined</source>
            <extracomment>Due-diligence status of a donor: the UN refused the donor's money</extracomment>
            <translation>Declined</translation>
        </message>
        <message>
            <source>¶21(%1)</source>
            <extracomment>A paragraph of the Secretary-General's report and its sub-paragraph letter: ¶21(c)</extracomment>
            <translation>¶21(%1)</translation>
        </message>
        <message>
            <source>A capital-based government official working on cyber/ICT-security diplomacy, policy or related technical fields</source>
            <translation>A capital-based government official working on cyber/ICT-security diplomacy, policy or related technical fields</translation>
        </message>
        <message>
            <source>Direct experience of ICT-security matters in the current post, and the intention to contribute to the UN discussions</source>
            <translation>Direct experience of ICT-security matters in the current post, and the intention to contribute to the UN discussions</translation>
        </message>
        <message>
            <source>Able to travel and attend during the sessions</source>
            <translation>Able to travel and attend during the sessions</translation>
        </message>
        <message>
            <source>Attends all formal meetings of the sessions and the capacity-building activities held alongside them</source>
            <translation>Attends all formal meetings of the sessions and the capacity-building activities held alongside them</translation>
        </message>
        <message>
            <source>Willing to share a report on the experience with the fund manager</source>
            <translation>Willing to share a report on the experience with the fund manager</translation>
        </message>
        <message>
            <source>The exchange rate “%1” is not above zero. Enter how many US dollars one unit of the currency is worth, for example 0.0067.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>The exchange rate “%1” is not above zero. Enter how many US dollars one unit of the currency is worth, for example 0.0067.</translation>
        </message>
        <message>
            <source>The exchange rate is empty. Enter how many US dollars one unit of the currency is worth, for example 0.0067.</source>
            <translation>The exchange rate is empty. Enter how many US dollars one unit of the currency is worth, for example 0.0067.</translation>
        </message>
        <message>
            <source>The exchange rate “%1” is not a plain number. Use digits and a dot before the decimals, for example 0.0067.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>The exchange rate “%1” is not a plain number. Use digits and a dot before the decimals, for example 0.0067.</translation>
        </message>
        <message numerus="yes">
            <source>The exchange rate “%1” has more than %n decimal place(s). Round it to %n decimal place(s).</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>
                <numerusform>The exchange rate “%1” has more than %n decimal place. Round it to %n decimal place.</numerusform>
                <numerusform>The exchange rate “%1” has more than %n decimal places. Round it to %n decimal places.</numerusform>
            </translation>
        </message>
        <message>
            <source>The exchange rate “%1” is too large. Check the number of digits.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>The exchange rate “%1” is too large. Check the number of digits.</translation>
        </message>
        <message>
            <source>A stored exchange rate is not above zero. The record needs a valid rate.</source>
            <translation>A stored exchange rate is not above zero. The record needs a valid rate.</translation>
        </message>
        <message>
            <source>The amount is already in US dollars, so its exchange rate must be 1, not %1.</source>
            <extracomment>%1 is an exchange rate such as 0.98</extracomment>
            <translation>The amount is already in US dollars, so its exchange rate must be 1, not %1.</translation>
        </message>
        <message>
            <source>%1 %2 is too large to convert to US dollars. Check the amount and the exchange rate.</source>
            <extracomment>%1 is an amount such as 1000, %2 its currency code such as JPY</extracomment>
            <translation>%1 %2 is too large to convert to US dollars. Check the amount and the exchange rate.</translation>
        </message>
        <message>
            <source>National strategies, laws and regulations</source>
            <extracomment>focus area (a) of capacity-building activities</extracomment>
            <translation>National strategies, laws and regulations</translation>
        </message>
        <message>
            <source>National and regional positions on how international law applies to the use of ICTs</source>
            <extracomment>focus area (b) of capacity-building activities</extracomment>
            <translation>National and regional positions on how international law applies to the use of ICTs</translation>
        </message>
        <message>
            <source>ICT incident management and response, including computer emergency response teams</source>
            <extracomment>focus area (c) of capacity-building activities</extracomment>
            <translation>ICT incident management and response, including computer emergency response teams</translation>
        </message>
        <message>
            <source>Protection of critical infrastructure and critical information infrastructure</source>
            <extracomment>focus area (d) of capacity-building activities</extracomment>
            <translation>Protection of critical infrastructure and critical information infrastructure</translation>
        </message>
        <message>
            <source>ICT-security awareness and education</source>
            <extracomment>focus area (e) of capacity-building activities</extracomment>
            <translation>ICT-security awareness and education</translation>
        </message>
        <message>
            <source>Training and workforce development</source>
            <extracomment>focus area (f) of capacity-building activities</extracomment>
            <translation>Training and workforce development</translation>
        </message>
        <message>
            <source>Implementation of the agreed norms of responsible State behaviour</source>
            <extracomment>focus area (g) of capacity-building activities</extracomment>
            <translation>Implementation of the agreed norms of responsible State behaviour</translation>
        </message>
        <message>
            <source>Implementation of the global confidence-building measures</source>
            <extracomment>focus area (h) of capacity-building activities</extracomment>
            <translation>Implementation of the global confidence-building measures</translation>
        </message>
        <message>
            <source>Participation in the global intergovernmental Points of Contact directory</source>
            <extracomment>focus area (i) of capacity-building activities</extracomment>
            <translation>Participation in the global intergovernmental Points of Contact directory</translation>
        </message>
        <message>
            <source>Woman</source>
            <extracomment>Gender of a sponsorship applicant
----------
Reason a delegate is on the slate: gender parity (¶12, ¶22)</extracomment>
            <translation>Woman</translation>
        </message>
        <message>
            <source>Man</source>
            <extracomment>Gender of a sponsorship applicant</extracomment>
            <translation>Man</translation>
        </message>
        <message>
            <source>Other or undisclosed</source>
            <extracomment>Gender of a sponsorship applicant: another gender, or not stated</extracomment>
            <translation>Other or undisclosed</translation>
        </message>
        <message>
            <source>No currency is given. Choose a three-letter ISO 4217 code such as USD or EUR.</source>
            <translation>No currency is given. Choose a three-letter ISO 4217 code such as USD or EUR.</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose a three-letter code such as USD or EUR.</source>
            <extracomment>%1 is the currency code that was given, e.g. "USX"</extracomment>
            <translation>“%1” is not a known ISO 4217 currency code. Choose a three-letter code such as USD or EUR.</translation>
        </message>
        <message>
            <source>The amount is empty. Enter a number such as %1.</source>
            <extracomment>%1 is an example amount such as 1234.56</extracomment>
            <translation>The amount is empty. Enter a number such as %1.</translation>
        </message>
        <message>
            <source>The amount “%1” is not a plain number. Use digits, an optional minus sign and a dot before the decimals, without thousands separators, for example %2.</source>
            <extracomment>%1 is what the user typed, %2 an example amount such as 1234.56</extracomment>
            <translation>The amount “%1” is not a plain number. Use digits, an optional minus sign and a dot before the decimals, without thousands separators, for example %2.</translation>
        </message>
        <message>
            <source>The amount “%1” has decimals, but %2 has no minor unit. Enter a whole number.</source>
            <extracomment>%1 is the amount typed, %2 a currency code such as JPY</extracomment>
            <translation>The amount “%1” has decimals, but %2 has no minor unit. Enter a whole number.</translation>
        </message>
        <message numerus="yes">
            <source>The amount “%1” has more than %n decimal place(s) for %2. Round it to %n decimal place(s).</source>
            <extracomment>%1 is the amount typed, %2 a currency code such as USD</extracomment>
            <translation>
                <numerusform>The amount “%1” has more than %n decimal place for %2. Round it to %n decimal place.</numerusform>
                <numerusform>The amount “%1” has more than %n decimal places for %2. Round it to %n decimal places.</numerusform>
            </translation>
        </message>
        <message>
            <source>The amount “%1” is too large to record in %2. Check the number of digits.</source>
            <extracomment>%1 is the amount typed, %2 a currency code</extracomment>
            <translation>The amount “%1” is too large to record in %2. Check the number of digits.</translation>
        </message>
        <message>
            <source>Cannot combine an amount in %1 with an amount in %2. Convert one of them to the other currency first.</source>
            <extracomment>%1 and %2 are currency codes such as USD and EUR</extracomment>
            <translation>Cannot combine an amount in %1 with an amount in %2. Convert one of them to the other currency first.</translation>
        </message>
        <message>
            <source>The result is too large to record in %1. Check the amounts involved.</source>
            <extracomment>%1 is a currency code</extracomment>
            <translation>The result is too large to record in %1. Check the amounts involved.</translation>
        </message>
        <message>
            <source>There is nothing to split the amount into. Give at least one share.</source>
            <translation>There is nothing to split the amount into. Give at least one share.</translation>
        </message>
        <message>
            <source>A share of the split is negative (%1). Shares must be zero or more.</source>
            <extracomment>%1 is the negative share, e.g. -2</extracomment>
            <translation>A share of the split is negative (%1). Shares must be zero or more.</translation>
        </message>
        <message>
            <source>All shares of the split are zero. Give at least one share above zero.</source>
            <translation>All shares of the split are zero. Give at least one share above zero.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <extracomment>%1 is the ISO currency code (USD), %2 the amount; reorder if your language puts the code after the amount</extracomment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>The amount “%1” is not a number. Type it like %2.</source>
            <translation>The amount “%1” is not a number. Type it like %2.</translation>
        </message>
        <message>
            <source>Fund manager</source>
            <extracomment>role of a local profile (¶15: the project manager post)</extracomment>
            <translation>Fund manager</translation>
        </message>
        <message>
            <source>Finance assistant</source>
            <extracomment>role of a local profile (¶15: the General Service post)</extracomment>
            <translation>Finance assistant</translation>
        </message>
        <message>
            <source>High Representative's office</source>
            <extracomment>role of a local profile: records the High Representative's final approvals (¶18)</extracomment>
            <translation>High Representative's office</translation>
        </message>
        <message>
            <source>Publish name and amount</source>
            <extracomment>Publication consent of a contribution (¶17): the donor's name and the amount</extracomment>
            <translation>Publish name and amount</translation>
        </message>
        <message>
            <source>Publish as “anonymous donor”</source>
            <extracomment>Publication consent of a contribution (¶17): the amount, without the donor's name</extracomment>
            <translation>Publish as “anonymous donor”</translation>
        </message>
        <message>
            <source>Do not publish</source>
            <extracomment>Publication consent of a contribution (¶17): not published at all</extracomment>
            <translation>Do not publish</translation>
        </message>
        <message>
            <source>Africa</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>Africa</translation>
        </message>
        <message>
            <source>Americas</source>
            <extracomment>Geographic region (UN M49): North, Central and South America and the Caribbean</extracomment>
            <translation>Americas</translation>
        </message>
        <message>
            <source>Asia</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>Asia</translation>
        </message>
        <message>
            <source>Europe</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>Europe</translation>
        </message>
        <message>
            <source>Oceania</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>Oceania</translation>
        </message>
        <message>
            <source>No regional group</source>
            <extracomment>A State in no UN regional group (the Holy See)</extracomment>
            <translation>No regional group</translation>
        </message>
        <message>
            <source>African States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>African States</translation>
        </message>
        <message>
            <source>Asia-Pacific States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>Asia-Pacific States</translation>
        </message>
        <message>
            <source>Eastern European States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>Eastern European States</translation>
        </message>
        <message>
            <source>Latin American and Caribbean States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>Latin American and Caribbean States</translation>
        </message>
        <message>
            <source>Western European and other States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>Western European and other States</translation>
        </message>
        <message>
            <source>Least Developed Countries</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>Least Developed Countries</translation>
        </message>
        <message>
            <source>Landlocked Developing Countries</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>Landlocked Developing Countries</translation>
        </message>
        <message>
            <source>Small Island Developing States</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>Small Island Developing States</translation>
        </message>
        <message>
            <source>LDC</source>
            <extracomment>Abbreviation of "Least Developed Countries" as the UN writes it in this language</extracomment>
            <translation>LDC</translation>
        </message>
        <message>
            <source>LLDC</source>
            <extracomment>Abbreviation of "Landlocked Developing Countries" as the UN writes it in this language</extracomment>
            <translation>LLDC</translation>
        </message>
        <message>
            <source>SIDS</source>
            <extracomment>Abbreviation of "Small Island Developing States" as the UN writes it in this language</extracomment>
            <translation>SIDS</translation>
        </message>
        <message>
            <source>Needs assessment</source>
            <extracomment>selection criterion (a) of activities</extracomment>
            <translation>Needs assessment</translation>
        </message>
        <message>
            <source>Synergy and gap analysis</source>
            <extracomment>selection criterion (b) of activities</extracomment>
            <translation>Synergy and gap analysis</translation>
        </message>
        <message>
            <source>Geographic balance</source>
            <extracomment>selection criterion (c) of activities</extracomment>
            <translation>Geographic balance</translation>
        </message>
        <message>
            <source>Impact, sustainability and ownership</source>
            <extracomment>selection criterion (d) of activities</extracomment>
            <translation>Impact, sustainability and ownership</translation>
        </message>
        <message>
            <source>Commitment to the working group</source>
            <extracomment>selection criterion (e) of activities</extracomment>
            <translation>Commitment to the working group</translation>
        </message>
        <message>
            <source>Gender mainstreaming</source>
            <extracomment>selection criterion (f) of activities</extracomment>
            <translation>Gender mainstreaming</translation>
        </message>
        <message>
            <source>The activity answers needs identified in a national or regional needs assessment.</source>
            <translation>The activity answers needs identified in a national or regional needs assessment.</translation>
        </message>
        <message>
            <source>The application shows how the activity complements other capacity-building efforts and fills a gap they leave.</source>
            <translation>The application shows how the activity complements other capacity-building efforts and fills a gap they leave.</translation>
        </message>
        <message>
            <source>Funding the activity contributes to an equitable distribution of the fund's resources across regions.</source>
            <translation>Funding the activity contributes to an equitable distribution of the fund's resources across regions.</translation>
        </message>
        <message>
            <source>The activity has a lasting impact and is owned nationally or regionally beyond the fund's support.</source>
            <translation>The activity has a lasting impact and is owned nationally or regionally beyond the fund's support.</translation>
        </message>
        <message>
            <source>The activity supports the work of the open-ended working group and its follow-up process.</source>
            <translation>The activity supports the work of the open-ended working group and its follow-up process.</translation>
        </message>
        <message>
            <source>The activity mainstreams gender in its design, participation and results.</source>
            <translation>The activity mainstreams gender in its design, participation and results.</translation>
        </message>
        <message>
            <source>Absent</source>
            <extracomment>point 0 of the 0–5 review scale</extracomment>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Very weak</source>
            <extracomment>point 1 of the 0–5 review scale</extracomment>
            <translation>Very weak</translation>
        </message>
        <message>
            <source>Weak</source>
            <extracomment>point 2 of the 0–5 review scale</extracomment>
            <translation>Weak</translation>
        </message>
        <message>
            <source>Adequate</source>
            <extracomment>point 3 of the 0–5 review scale</extracomment>
            <translation>Adequate</translation>
        </message>
        <message>
            <source>Strong</source>
            <extracomment>point 4 of the 0–5 review scale</extracomment>
            <translation>Strong</translation>
        </message>
        <message>
            <source>Exemplary</source>
            <extracomment>point 5 of the 0–5 review scale</extracomment>
            <translation>Exemplary</translation>
        </message>
        <message>
            <source>The application does not address the criterion at all.</source>
            <translation>The application does not address the criterion at all.</translation>
        </message>
        <message>
            <source>The criterion is mentioned, but without substance or evidence.</source>
            <translation>The criterion is mentioned, but without substance or evidence.</translation>
        </message>
        <message>
            <source>The criterion is addressed in part; important gaps or weaknesses remain.</source>
            <translation>The criterion is addressed in part; important gaps or weaknesses remain.</translation>
        </message>
        <message>
            <source>The criterion is addressed satisfactorily, with some evidence; minor gaps remain.</source>
            <translation>The criterion is addressed satisfactorily, with some evidence; minor gaps remain.</translation>
        </message>
        <message>
            <source>The criterion is addressed well, with clear evidence and few weaknesses.</source>
            <translation>The criterion is addressed well, with clear evidence and few weaknesses.</translation>
        </message>
        <message>
            <source>The criterion is addressed fully and convincingly, with strong evidence; a model for other applications.</source>
            <translation>The criterion is addressed fully and convincingly, with strong evidence; a model for other applications.</translation>
        </message>
        <message>
            <source>The weight of “%1” must be a whole number from 0 to %2.</source>
            <extracomment>%1 is a criterion name, %2 the largest weight allowed</extracomment>
            <translation>The weight of “%1” must be a whole number from 0 to %2.</translation>
        </message>
        <message>
            <source>At least one criterion must have a weight above zero, or no application could be scored.</source>
            <translation>At least one criterion must have a weight above zero, or no application could be scored.</translation>
        </message>
        <message>
            <source>The weights of the review criteria could not be read. Enter them again in the fund's settings.</source>
            <translation>The weights of the review criteria could not be read. Enter them again in the fund's settings.</translation>
        </message>
        <message>
            <source>The file “%1” could not be written. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>The file “%1” could not be written. Check that the folder exists and that you may write to it.</translation>
        </message>
        <message>
            <source>The file “%1” could not be written. Check that the disk is not full.</source>
            <translation>The file “%1” could not be written. Check that the disk is not full.</translation>
        </message>
        <message>
            <source>Applications</source>
            <extracomment>columns of the geographic balance table (¶25c); amounts in US dollars</extracomment>
            <translation>Applications</translation>
        </message>
        <message>
            <source>Requested (USD)</source>
            <translation>Requested (USD)</translation>
        </message>
        <message>
            <source>Recommended (USD)</source>
            <translation>Recommended (USD)</translation>
        </message>
        <message>
            <source>Equal share</source>
            <extracomment>last line of the geographic balance table: what each would get if shared equally</extracomment>
            <translation>Equal share</translation>
        </message>
        <message>
            <source>Region</source>
            <extracomment>first column of the geographic balance table: the M49 region</extracomment>
            <translation>Region</translation>
        </message>
        <message>
            <source>Regional group</source>
            <extracomment>first column of the geographic balance table: the UN regional group</extracomment>
            <translation>Regional group</translation>
        </message>
        <message>
            <source>Reference</source>
            <extracomment>column of the exported review scores</extracomment>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>(%1) %2</source>
            <extracomment>%1 is the letter of ¶26 (a–i), %2 the focus area's name
----------
column of the exported review scores: %1 is a letter of ¶25, %2 the criterion</extracomment>
            <translation>(%1) %2</translation>
        </message>
        <message>
            <source>Weighted score</source>
            <extracomment>column of the exported review scores</extracomment>
            <translation>Weighted score</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>The activity application is no longer in the fund's database. Reload the list of activities and try again.</source>
            <translation>The activity application is no longer in the fund's database. Reload the list of activities and try again.</translation>
        </message>
        <message>
            <source>The list of activities in the fund's database is damaged: activity %1 has an unknown value in “%2”.</source>
            <translation>The list of activities in the fund's database is damaged: activity %1 has an unknown value in “%2”.</translation>
        </message>
        <message>
            <source>The consultation is no longer in the fund's database. Reload the list of consultations and try again.</source>
            <translation>The consultation is no longer in the fund's database. Reload the list of consultations and try again.</translation>
        </message>
        <message>
            <source>The list of consultations in the fund's database is damaged: consultation %1 has an unknown advice.</source>
            <translation>The list of consultations in the fund's database is damaged: consultation %1 has an unknown advice.</translation>
        </message>
        <message>
            <source>A saved earlier state of a contribution in the fund's database is damaged and cannot be shown.</source>
            <translation>A saved earlier state of a contribution in the fund's database is damaged and cannot be shown.</translation>
        </message>
        <message>
            <source>The contribution is no longer in the fund's database. Reload the list of contributions and try again.</source>
            <translation>The contribution is no longer in the fund's database. Reload the list of contributions and try again.</translation>
        </message>
        <message>
            <source>The list of contributions in the fund's database is damaged: contribution %1 has an unknown value in “%2”.</source>
            <translation>The list of contributions in the fund's database is damaged: contribution %1 has an unknown value in “%2”.</translation>
        </message>
        <message>
            <source>The list of donors in the fund's database is damaged: donor %1 has an unknown value in “%2”.</source>
            <translation>The list of donors in the fund's database is damaged: donor %1 has an unknown value in “%2”.</translation>
        </message>
        <message>
            <source>The donor is no longer in the fund's database. Reload the list of donors and try again.</source>
            <translation>The donor is no longer in the fund's database. Reload the list of donors and try again.</translation>
        </message>
        <message>
            <source>The meeting is no longer in the fund's database. Reload the list of meetings and try again.</source>
            <translation>The meeting is no longer in the fund's database. Reload the list of meetings and try again.</translation>
        </message>
        <message>
            <source>The list of meetings in the fund's database is damaged: meeting %1 has an unknown value in “%2”.</source>
            <translation>The list of meetings in the fund's database is damaged: meeting %1 has an unknown value in “%2”.</translation>
        </message>
        <message>
            <source>The review is no longer in the fund's database. Reload the application's reviews and try again.</source>
            <translation>The review is no longer in the fund's database. Reload the application's reviews and try again.</translation>
        </message>
        <message>
            <source>The sponsorship application is no longer in the fund's database. Reload the list of applications and try again.</source>
            <translation>The sponsorship application is no longer in the fund's database. Reload the list of applications and try again.</translation>
        </message>
        <message>
            <source>The list of sponsorships in the fund's database is damaged: application %1 has an unknown value in “%2”.</source>
            <translation>The list of sponsorships in the fund's database is damaged: application %1 has an unknown value in “%2”.</translation>
        </message>
        <message>
            <source>The list of States in the fund's database is damaged: the State “%1” has an unknown value in “%2”.</source>
            <translation>The list of States in the fund's database is damaged: the State “%1” has an unknown value in “%2”.</translation>
        </message>
        <message>
            <source>The State with ISO code “%1” or M49 code “%2” is already in the list.</source>
            <translation>The State with ISO code “%1” or M49 code “%2” is already in the list.</translation>
        </message>
        <message>
            <source>Title: enter the title of the activity.</source>
            <translation>Title: enter the title of the activity.</translation>
        </message>
        <message>
            <source>Implementing partners: enter the name of partner %1, or remove it from the list.</source>
            <extracomment>%1 is the position of the partner in the list: 1, 2, …</extracomment>
            <translation>Implementing partners: enter the name of partner %1, or remove it from the list.</translation>
        </message>
        <message>
            <source>Focus areas: choose at least one of the nine focus areas of the fund (¶26).</source>
            <translation>Focus areas: choose at least one of the nine focus areas of the fund (¶26).</translation>
        </message>
        <message>
            <source>Needs assessment: describe the national or regional needs assessment the activity answers, or give the reference of the document (¶13, ¶25a).</source>
            <translation>Needs assessment: describe the national or regional needs assessment the activity answers, or give the reference of the document (¶13, ¶25a).</translation>
        </message>
        <message>
            <source>Applicant State: choose the government that applies. Eligible recipients are governments (¶24).</source>
            <translation>Applicant State: choose the government that applies. Eligible recipients are governments (¶24).</translation>
        </message>
        <message>
            <source>Applicant State: “%1” is not a Member State of the reference list. Eligible recipients are governments of Member States (¶24).</source>
            <extracomment>%1 is an ISO 3166 code such as FRA</extracomment>
            <translation>Applicant State: “%1” is not a Member State of the reference list. Eligible recipients are governments of Member States (¶24).</translation>
        </message>
        <message>
            <source>Co-applicant States: the applicant State cannot also be a co-applicant.</source>
            <translation>Co-applicant States: the applicant State cannot also be a co-applicant.</translation>
        </message>
        <message>
            <source>Co-applicant States: “%1” is not a Member State of the reference list.</source>
            <translation>Co-applicant States: “%1” is not a Member State of the reference list.</translation>
        </message>
        <message>
            <source>Co-applicant States: %1 is listed twice.</source>
            <translation>Co-applicant States: %1 is listed twice.</translation>
        </message>
        <message>
            <source>Start: enter the date the activity starts.</source>
            <translation>Start: enter the date the activity starts.</translation>
        </message>
        <message>
            <source>End: enter the date the activity ends.</source>
            <translation>End: enter the date the activity ends.</translation>
        </message>
        <message>
            <source>End: the activity cannot end (%1) before it starts (%2).</source>
            <extracomment>%1 and %2 are ISO dates</extracomment>
            <translation>End: the activity cannot end (%1) before it starts (%2).</translation>
        </message>
        <message>
            <source>Amount requested: enter the amount requested for at least one year.</source>
            <translation>Amount requested: enter the amount requested for at least one year.</translation>
        </message>
        <message>
            <source>Amount requested: amounts are requested in US dollars (USD).</source>
            <translation>Amount requested: amounts are requested in US dollars (USD).</translation>
        </message>
        <message>
            <source>Amount requested: the amount for %1 must be more than zero.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Amount requested: the amount for %1 must be more than zero.</translation>
        </message>
        <message>
            <source>Amount requested: %1 is outside the years of the activity (%2–%3).</source>
            <extracomment>%1 is a year; %2–%3 the first and last years of the activity</extracomment>
            <translation>Amount requested: %1 is outside the years of the activity (%2–%3).</translation>
        </message>
        <message>
            <source>Amount requested: the year %1 is entered twice.</source>
            <translation>Amount requested: the year %1 is entered twice.</translation>
        </message>
        <message>
            <source>Co-funding: enter the amount from other sources in US dollars, zero or more.</source>
            <translation>Co-funding: enter the amount from other sources in US dollars, zero or more.</translation>
        </message>
        <message>
            <source>Reference: “%1” is already the reference of another application.</source>
            <extracomment>%1 is a reference such as CB-2026-014</extracomment>
            <translation>Reference: “%1” is already the reference of another application.</translation>
        </message>
        <message>
            <source>The application has been reviewed or discussed in a consultation, so it cannot be deleted; its record is part of the selection. Cancel it instead.</source>
            <translation>The application has been reviewed or discussed in a consultation, so it cannot be deleted; its record is part of the selection. Cancel it instead.</translation>
        </message>
        <message>
            <source>The year %1 is out of range. Enter a year from %2 to %3.</source>
            <extracomment>%1 is the year asked for, %2 and %3 the first and last years allowed</extracomment>
            <translation>The year %1 is out of range. Enter a year from %2 to %3.</translation>
        </message>
        <message>
            <source>This needs the role “%1”; the current profile has the role “%2”.</source>
            <extracomment>%1 and %2 are role names, such as "Fund manager"</extracomment>
            <translation>This needs the role “%1”; the current profile has the role “%2”.</translation>
        </message>
        <message>
            <source>The fund is not operational: no minimum threshold of contributions has been set (¶16). Set it in the fund's settings before approving.</source>
            <translation>The fund is not operational: no minimum threshold of contributions has been set (¶16). Set it in the fund's settings before approving.</translation>
        </message>
        <message>
            <source>The fund is not operational yet: it becomes operational once the contributions received reach %1 (¶16); %2 is still missing.</source>
            <extracomment>%1 is the threshold, %2 the amount still missing, both with currency</extracomment>
            <translation>The fund is not operational yet: it becomes operational once the contributions received reach %1 (¶16); %2 is still missing.</translation>
        </message>
        <message>
            <source>This is %1 short of the available programme balance of %2.</source>
            <extracomment>%1 is the shortfall, %2 the available balance, both with currency</extracomment>
            <translation>This is %1 short of the available programme balance of %2.</translation>
        </message>
        <message>
            <source>The approved amount must be a positive amount in USD.</source>
            <translation>The approved amount must be a positive amount in USD.</translation>
        </message>
        <message>
            <source>Enter the justification for changing the approved amount.</source>
            <translation>Enter the justification for changing the approved amount.</translation>
        </message>
        <message>
            <source>Only an approved item has an amount to amend.</source>
            <translation>Only an approved item has an amount to amend.</translation>
        </message>
        <message>
            <source>This amendment has already been decided, or no longer exists.</source>
            <translation>This amendment has already been decided, or no longer exists.</translation>
        </message>
        <message>
            <source>Whoever recommended a change cannot also approve it. Another profile of the High Representative's office must decide.</source>
            <translation>Whoever recommended a change cannot also approve it. Another profile of the High Representative's office must decide.</translation>
        </message>
        <message>
            <source>%1 has already been paid on this item; the approved amount cannot go below it.</source>
            <extracomment>%1 is the amount already paid, with currency</extracomment>
            <translation>%1 has already been paid on this item; the approved amount cannot go below it.</translation>
        </message>
        <message>
            <source>Date: enter the date of the consultation.</source>
            <translation>Date: enter the date of the consultation.</translation>
        </message>
        <message>
            <source>Date: a consultation is recorded once it has taken place; the date cannot be in the future.</source>
            <translation>Date: a consultation is recorded once it has taken place; the date cannot be in the future.</translation>
        </message>
        <message>
            <source>Participants: enter the States and members who took part.</source>
            <translation>Participants: enter the States and members who took part.</translation>
        </message>
        <message>
            <source>Participants: a line of the list is empty; enter a name or remove the line.</source>
            <translation>Participants: a line of the list is empty; enter a name or remove the line.</translation>
        </message>
        <message>
            <source>Advice: one application the advice refers to is no longer in the fund's database.</source>
            <translation>Advice: one application the advice refers to is no longer in the fund's database.</translation>
        </message>
        <message>
            <source>Advice: %1 has two entries; a consultation gives one advice per application.</source>
            <extracomment>%1 is a reference such as CB-2026-014</extracomment>
            <translation>Advice: %1 has two entries; a consultation gives one advice per application.</translation>
        </message>
        <message>
            <source>Advice: write down the advice given on %1.</source>
            <translation>Advice: write down the advice given on %1.</translation>
        </message>
        <message>
            <source>Choose the donor of this contribution.</source>
            <translation>Choose the donor of this contribution.</translation>
        </message>
        <message>
            <source>The chosen donor is no longer in the fund's database. Choose the donor again.</source>
            <translation>The chosen donor is no longer in the fund's database. Choose the donor again.</translation>
        </message>
        <message>
            <source>The UN's due diligence declined %1, so the fund cannot accept its money, pledged or received (¶14). Choose another donor, or record a new clearance on the donor if the decision was reversed.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>The UN's due diligence declined %1, so the fund cannot accept its money, pledged or received (¶14). Choose another donor, or record a new clearance on the donor if the decision was reversed.</translation>
        </message>
        <message>
            <source>%1 has not yet been cleared by the UN's due diligence, so its money can be pledged but not recorded as received (¶14). Record a pledge for now, or record the clearance on the donor first.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>%1 has not yet been cleared by the UN's due diligence, so its money can be pledged but not recorded as received (¶14). Record a pledge for now, or record the clearance on the donor first.</translation>
        </message>
        <message>
            <source>Enter the date of the contribution.</source>
            <translation>Enter the date of the contribution.</translation>
        </message>
        <message>
            <source>The date %1 is before 1 January 2000. Check the year.</source>
            <extracomment>%1 is a date such as 1999-12-31</extracomment>
            <translation>The date %1 is before 1 January 2000. Check the year.</translation>
        </message>
        <message>
            <source>A receipt cannot be dated in the future: %1 is after today, %2. Enter the date the money was received, or record a pledge.</source>
            <extracomment>%1 and %2 are dates such as 2025-03-31</extracomment>
            <translation>A receipt cannot be dated in the future: %1 is after today, %2. Enter the date the money was received, or record a pledge.</translation>
        </message>
        <message>
            <source>The amount must be above zero. Enter the amount the donor gives.</source>
            <translation>The amount must be above zero. Enter the amount the donor gives.</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose the currency from the list.</source>
            <extracomment>%1 is what was entered as a currency code</extracomment>
            <translation>“%1” is not a known ISO 4217 currency code. Choose the currency from the list.</translation>
        </message>
        <message>
            <source>Enter the exchange rate to US dollars used on the day; it must be above zero.</source>
            <translation>Enter the exchange rate to US dollars used on the day; it must be above zero.</translation>
        </message>
        <message>
            <source>The amount is in US dollars, so its exchange rate must be 1, not %1.</source>
            <extracomment>%1 is an exchange rate such as 0.98</extracomment>
            <translation>The amount is in US dollars, so its exchange rate must be 1, not %1.</translation>
        </message>
        <message>
            <source>Only a receipt can be paid against a pledge. Clear the pledge it pays, or record a receipt.</source>
            <translation>Only a receipt can be paid against a pledge. Clear the pledge it pays, or record a receipt.</translation>
        </message>
        <message>
            <source>A receipt cannot be paid against itself. Choose the pledge it pays, or none.</source>
            <translation>A receipt cannot be paid against itself. Choose the pledge it pays, or none.</translation>
        </message>
        <message>
            <source>The pledge this receipt pays is not in the fund's database. Choose the pledge again, or none.</source>
            <translation>The pledge this receipt pays is not in the fund's database. Choose the pledge again, or none.</translation>
        </message>
        <message>
            <source>The chosen pledge was made by another donor. Choose a pledge of %1, or none.</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>The chosen pledge was made by another donor. Choose a pledge of %1, or none.</translation>
        </message>
        <message>
            <source>The chosen pledge is in %1 and this receipt in %2. Record the receipt in %1, or choose another pledge.</source>
            <extracomment>%1 and %2 are currency codes such as EUR</extracomment>
            <translation>The chosen pledge is in %1 and this receipt in %2. Record the receipt in %1, or choose another pledge.</translation>
        </message>
        <message>
            <source>The fund accepts no earmarked contributions (¶19): money restricted to specific activities cannot be recorded. Ask the donor to lift the restriction, then record the contribution without it.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>The fund accepts no earmarked contributions (¶19): money restricted to specific activities cannot be recorded. Ask the donor to lift the restriction, then record the contribution without it.</translation>
        </message>
        <message>
            <source>This receipt comes with conditions. Confirm that they do not restrict its use to specific activities (no earmarking, ¶19) before recording it.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>This receipt comes with conditions. Confirm that they do not restrict its use to specific activities (no earmarking, ¶19) before recording it.</translation>
        </message>
        <message>
            <source>Only a pledge can have a schedule of payments. Remove the schedule, or record a pledge.</source>
            <translation>Only a pledge can have a schedule of payments. Remove the schedule, or record a pledge.</translation>
        </message>
        <message>
            <source>Enter the due date of scheduled payment %1.</source>
            <extracomment>%1 is the number of the payment in the schedule: 1, 2, 3 …</extracomment>
            <translation>Enter the due date of scheduled payment %1.</translation>
        </message>
        <message>
            <source>Scheduled payment %1 must be above zero.</source>
            <extracomment>%1 is the number of the payment in the schedule: 1, 2, 3 …</extracomment>
            <translation>Scheduled payment %1 must be above zero.</translation>
        </message>
        <message>
            <source>Scheduled payment %1 is in %2, but the pledge is in %3. Enter every payment in %3.</source>
            <extracomment>%1 is the number of the payment; %2 and %3 are currency codes such as EUR</extracomment>
            <translation>Scheduled payment %1 is in %2, but the pledge is in %3. Enter every payment in %3.</translation>
        </message>
        <message>
            <source>The scheduled payments add up to %1 %2, but the pledge is %3 %2. Adjust the payments so that they add up to the pledge.</source>
            <extracomment>%1 and %3 are amounts such as 1000.00, %2 their currency code such as EUR</extracomment>
            <translation>The scheduled payments add up to %1 %2, but the pledge is %3 %2. Adjust the payments so that they add up to the pledge.</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) are recorded against this pledge, so it must stay a pledge. Record the money received as a receipt instead.</source>
            <translation>
                <numerusform>%n receipt is recorded against this pledge, so it must stay a pledge. Record the money received as a receipt instead.</numerusform>
                <numerusform>%n receipts are recorded against this pledge, so it must stay a pledge. Record the money received as a receipt instead.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) from this donor are recorded against this pledge, so its donor cannot change.</source>
            <translation>
                <numerusform>%n receipt from this donor is recorded against this pledge, so its donor cannot change.</numerusform>
                <numerusform>%n receipts from this donor are recorded against this pledge, so its donor cannot change.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) in %1 are recorded against this pledge, so its currency must stay %1.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>
                <numerusform>%n receipt in %1 is recorded against this pledge, so its currency must stay %1.</numerusform>
                <numerusform>%n receipts in %1 are recorded against this pledge, so its currency must stay %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>This contribution has been received, so its earlier state is kept in its history. Enter the reason for the change.</source>
            <translation>This contribution has been received, so its earlier state is kept in its history. Enter the reason for the change.</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) are recorded against this pledge, so it cannot be deleted. Delete those receipts first, or keep the pledge.</source>
            <translation>
                <numerusform>%n receipt is recorded against this pledge, so it cannot be deleted. Delete that receipt first, or keep the pledge.</numerusform>
                <numerusform>%n receipts are recorded against this pledge, so it cannot be deleted. Delete those receipts first, or keep the pledge.</numerusform>
            </translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building (demo)</source>
            <translation>UN Voluntary Fund for ICT-security capacity building (demo)</translation>
        </message>
        <message>
            <source>Enter the date of the payment.</source>
            <translation>Enter the date of the payment.</translation>
        </message>
        <message>
            <source>A payment cannot be dated in the future.</source>
            <translation>A payment cannot be dated in the future.</translation>
        </message>
        <message>
            <source>Enter the payee.</source>
            <translation>Enter the payee.</translation>
        </message>
        <message>
            <source>Enter an amount above zero.</source>
            <translation>Enter an amount above zero.</translation>
        </message>
        <message>
            <source>A payment is a positive amount; record money coming back as a refund, with its reason.</source>
            <translation>A payment is a positive amount; record money coming back as a refund, with its reason.</translation>
        </message>
        <message>
            <source>Enter the reason for the refund.</source>
            <translation>Enter the reason for the refund.</translation>
        </message>
        <message>
            <source>Payments can be made only against an approved or active sponsorship or activity.</source>
            <translation>Payments can be made only against an approved or active sponsorship or activity.</translation>
        </message>
        <message>
            <source>Choose the recipient State from the list.</source>
            <translation>Choose the recipient State from the list.</translation>
        </message>
        <message>
            <source>This payment of %1 exceeds what remains committed on the item: %2.</source>
            <extracomment>%1 is the payment in USD, %2 what remains committed, both with currency</extracomment>
            <translation>This payment of %1 exceeds what remains committed on the item: %2.</translation>
        </message>
        <message>
            <source>This refund of %1 exceeds what was paid on the item: %2.</source>
            <extracomment>%1 is the refund in USD, %2 what was paid, both with currency</extracomment>
            <translation>This refund of %1 exceeds what was paid on the item: %2.</translation>
        </message>
        <message>
            <source>Choose what kind of donor this is.</source>
            <translation>Choose what kind of donor this is.</translation>
        </message>
        <message>
            <source>Choose the State from the list.</source>
            <translation>Choose the State from the list.</translation>
        </message>
        <message>
            <source>“%1” is not a State of the reference list. Choose the State from the list.</source>
            <extracomment>%1 is a code such as FRA</extracomment>
            <translation>“%1” is not a State of the reference list. Choose the State from the list.</translation>
        </message>
        <message>
            <source>%1 is an observer State, not a Member State. Choose “Observer State” as the kind of donor, or another State.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>%1 is an observer State, not a Member State. Choose “Observer State” as the kind of donor, or another State.</translation>
        </message>
        <message>
            <source>%1 is a Member State, not an observer State. Choose “Member State” as the kind of donor, or another State.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>%1 is a Member State, not an observer State. Choose “Member State” as the kind of donor, or another State.</translation>
        </message>
        <message>
            <source>%1 already has a donor record, and a State has only one. Choose that record instead of adding a new one.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>%1 already has a donor record, and a State has only one. Choose that record instead of adding a new one.</translation>
        </message>
        <message>
            <source>Enter the donor's name.</source>
            <translation>Enter the donor's name.</translation>
        </message>
        <message>
            <source>The donor's name is %1 characters long. Shorten it to at most %2 characters.</source>
            <translation>The donor's name is %1 characters long. Shorten it to at most %2 characters.</translation>
        </message>
        <message>
            <source>“%1” is not a country of the reference list. Choose the country from the list, or leave it empty.</source>
            <extracomment>%1 is a code such as FRA</extracomment>
            <translation>“%1” is not a country of the reference list. Choose the country from the list, or leave it empty.</translation>
        </message>
        <message>
            <source>A donor of the kind “%1” needs no due-diligence clearance. Set the clearance to “Not required”.</source>
            <extracomment>%1 is a kind of donor, such as "Member State"</extracomment>
            <translation>A donor of the kind “%1” needs no due-diligence clearance. Set the clearance to “Not required”.</translation>
        </message>
        <message>
            <source>Enter the date of the due-diligence decision (%1).</source>
            <extracomment>%1 is a due-diligence status: "Cleared" or "Declined"</extracomment>
            <translation>Enter the date of the due-diligence decision (%1).</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n contribution(s) recorded, so the donor cannot be deleted: the fund's books must keep who gave what. Delete the contributions first if they were entered by mistake.</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>
                <numerusform>%1 has %n contribution recorded, so the donor cannot be deleted: the fund's books must keep who gave what. Delete the contribution first if it was entered by mistake.</numerusform>
                <numerusform>%1 has %n contributions recorded, so the donor cannot be deleted: the fund's books must keep who gave what. Delete the contributions first if they were entered by mistake.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: not a capital-based government official currently working on cyber/ICT-security diplomacy, policy or related technical fields</source>
            <extracomment>%1 is "¶21(a)"</extracomment>
            <translation>%1: not a capital-based government official currently working on cyber/ICT-security diplomacy, policy or related technical fields</translation>
        </message>
        <message>
            <source>%1: no direct experience of ICT-security matters in the current post, or no intention to contribute to the UN discussions</source>
            <extracomment>%1 is "¶21(b)"</extracomment>
            <translation>%1: no direct experience of ICT-security matters in the current post, or no intention to contribute to the UN discussions</translation>
        </message>
        <message>
            <source>%1: not able to travel and attend during the sessions</source>
            <extracomment>%1 is "¶21(c)"</extracomment>
            <translation>%1: not able to travel and attend during the sessions</translation>
        </message>
        <message>
            <source>%1: will not attend all formal meetings and the capacity-building activities alongside them</source>
            <extracomment>%1 is "¶21(d)"</extracomment>
            <translation>%1: will not attend all formal meetings and the capacity-building activities alongside them</translation>
        </message>
        <message>
            <source>%1: not willing to share a report on the experience with the fund manager</source>
            <extracomment>%1 is "¶21(e)"</extracomment>
            <translation>%1: not willing to share a report on the experience with the fund manager</translation>
        </message>
        <message>
            <source>The fund's setting “%1” holds a value FundDesk cannot read. Open the fund's settings, enter the value again and save.</source>
            <extracomment>%1 is the internal name of a setting, e.g. fund.threshold.usd_minor</extracomment>
            <translation>The fund's setting “%1” holds a value FundDesk cannot read. Open the fund's settings, enter the value again and save.</translation>
        </message>
        <message>
            <source>The fund's name is %2 characters long. Shorten it to %1 characters at most.</source>
            <extracomment>%1 is the maximum number of characters, %2 the number typed</extracomment>
            <translation>The fund's name is %2 characters long. Shorten it to %1 characters at most.</translation>
        </message>
        <message>
            <source>The operational threshold cannot be negative. Enter zero, or the amount of receipts at which the fund becomes operational.</source>
            <translation>The operational threshold cannot be negative. Enter zero, or the amount of receipts at which the fund becomes operational.</translation>
        </message>
        <message>
            <source>The operational threshold is in %1, but the fund's books are kept in US dollars. Enter the threshold in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>The operational threshold is in %1, but the fund's books are kept in US dollars. Enter the threshold in USD.</translation>
        </message>
        <message>
            <source>The annual cost of the Professional post cannot be negative. Enter zero or an amount above zero.</source>
            <translation>The annual cost of the Professional post cannot be negative. Enter zero or an amount above zero.</translation>
        </message>
        <message>
            <source>The annual cost of the Professional post is in %1, but the fund's books are kept in US dollars. Enter the cost in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>The annual cost of the Professional post is in %1, but the fund's books are kept in US dollars. Enter the cost in USD.</translation>
        </message>
        <message>
            <source>The annual cost of the General Service post cannot be negative. Enter zero or an amount above zero.</source>
            <translation>The annual cost of the General Service post cannot be negative. Enter zero or an amount above zero.</translation>
        </message>
        <message>
            <source>The annual cost of the General Service post is in %1, but the fund's books are kept in US dollars. Enter the cost in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>The annual cost of the General Service post is in %1, but the fund's books are kept in US dollars. Enter the cost in USD.</translation>
        </message>
        <message>
            <source>The minimum funding per activity cannot be negative. Enter zero or an amount above zero.</source>
            <translation>The minimum funding per activity cannot be negative. Enter zero or an amount above zero.</translation>
        </message>
        <message>
            <source>The minimum funding per activity is in %1, but the fund's books are kept in US dollars. Enter the minimum in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>The minimum funding per activity is in %1, but the fund's books are kept in US dollars. Enter the minimum in USD.</translation>
        </message>
        <message>
            <source>The threshold cannot have been announced on %1, after today (%2). Enter the date donors were told the threshold, or leave it empty until then.</source>
            <extracomment>%1 is the date entered, %2 today's date, both as YYYY-MM-DD</extracomment>
            <translation>The threshold cannot have been announced on %1, after today (%2). Enter the date donors were told the threshold, or leave it empty until then.</translation>
        </message>
        <message>
            <source>Not yet operational: set the minimum threshold of contributions in Settings (¶16).</source>
            <translation>Not yet operational: set the minimum threshold of contributions in Settings (¶16).</translation>
        </message>
        <message>
            <source>Operational: contributions received have reached the threshold of %1.</source>
            <translation>Operational: contributions received have reached the threshold of %1.</translation>
        </message>
        <message>
            <source>Not yet operational: %1 still missing to reach the threshold of %2 (¶16).</source>
            <translation>Not yet operational: %1 still missing to reach the threshold of %2 (¶16).</translation>
        </message>
        <message>
            <source>No meeting has the reference “%1”.</source>
            <translation>No meeting has the reference “%1”.</translation>
        </message>
        <message>
            <source>Enter the meeting's reference, such as PM-2026-1.</source>
            <translation>Enter the meeting's reference, such as PM-2026-1.</translation>
        </message>
        <message>
            <source>Another meeting already has the reference “%1”.</source>
            <translation>Another meeting already has the reference “%1”.</translation>
        </message>
        <message>
            <source>Enter the meeting's name.</source>
            <translation>Enter the meeting's name.</translation>
        </message>
        <message>
            <source>Enter the city where the meeting is held.</source>
            <translation>Enter the city where the meeting is held.</translation>
        </message>
        <message>
            <source>Enter the first day of the meeting.</source>
            <translation>Enter the first day of the meeting.</translation>
        </message>
        <message>
            <source>The last day of the meeting cannot be before its first day.</source>
            <translation>The last day of the meeting cannot be before its first day.</translation>
        </message>
        <message numerus="yes">
            <source>The formal meeting days must be from 1 to %n, the days from the first to the last day of the meeting.</source>
            <translation>
                <numerusform>The formal meeting days must be from 1 to %n, the days from the first to the last day of the meeting.</numerusform>
                <numerusform>The formal meeting days must be from 1 to %n, the days from the first to the last day of the meeting.</numerusform>
            </translation>
        </message>
        <message>
            <source>The airfare from %1 must be an amount in USD of 0 or more.</source>
            <extracomment>%1 is a region of the world, such as Africa</extracomment>
            <translation>The airfare from %1 must be an amount in USD of 0 or more.</translation>
        </message>
        <message>
            <source>The daily subsistence allowance must be an amount in USD of 0 or more.</source>
            <translation>The daily subsistence allowance must be an amount in USD of 0 or more.</translation>
        </message>
        <message>
            <source>The days of subsistence allowance cannot be negative.</source>
            <translation>The days of subsistence allowance cannot be negative.</translation>
        </message>
        <message>
            <source>The terminal expenses must be an amount in USD of 0 or more.</source>
            <translation>The terminal expenses must be an amount in USD of 0 or more.</translation>
        </message>
        <message numerus="yes">
            <source>%n sponsorship application(s) are recorded for this meeting, so it cannot be deleted.</source>
            <translation>
                <numerusform>%n sponsorship application is recorded for this meeting, so it cannot be deleted.</numerusform>
                <numerusform>%n sponsorship applications are recorded for this meeting, so it cannot be deleted.</numerusform>
            </translation>
        </message>
        <message>
            <source>The year %1 is closed, so its records cannot be changed. The fund manager can reopen the year, giving a reason.</source>
            <extracomment>%1 is a year such as 2025</extracomment>
            <translation>The year %1 is closed, so its records cannot be changed. The fund manager can reopen the year, giving a reason.</translation>
        </message>
        <message>
            <source>Only the fund manager can close or reopen a year. The current profile has the role “%1”.</source>
            <extracomment>%1 is the name of a role, such as "Fund manager"</extracomment>
            <translation>Only the fund manager can close or reopen a year. The current profile has the role “%1”.</translation>
        </message>
        <message>
            <source>The year %1 is already closed.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>The year %1 is already closed.</translation>
        </message>
        <message>
            <source>Enter the reason for reopening the year: it is kept on record.</source>
            <translation>Enter the reason for reopening the year: it is kept on record.</translation>
        </message>
        <message>
            <source>The year %1 is not closed.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>The year %1 is not closed.</translation>
        </message>
        <message>
            <source>A scheduled payment of a pledge in %1 is in %2. Enter every scheduled payment in the pledge's currency.</source>
            <extracomment>%1 is the pledge's currency, %2 the currency of one of its scheduled payments</extracomment>
            <translation>A scheduled payment of a pledge in %1 is in %2. Enter every scheduled payment in the pledge's currency.</translation>
        </message>
        <message>
            <source>The profile is no longer in the fund's database.</source>
            <translation>The profile is no longer in the fund's database.</translation>
        </message>
        <message>
            <source>Enter the name of the profile.</source>
            <translation>Enter the name of the profile.</translation>
        </message>
        <message>
            <source>A profile named “%1” already exists.</source>
            <extracomment>%1 is the name of a person's profile</extracomment>
            <translation>A profile named “%1” already exists.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column %2: a quotation mark is misplaced. A field with quotation marks must be enclosed in them entirely.</source>
            <translation>Reference data, row %1, column %2: a quotation mark is misplaced. A field with quotation marks must be enclosed in them entirely.</translation>
        </message>
        <message>
            <source>Reference data, row %1: a quoted field is not closed before the end of the file.</source>
            <translation>Reference data, row %1: a quoted field is not closed before the end of the file.</translation>
        </message>
        <message>
            <source>Reference data: the column “%1” appears twice in the header.</source>
            <translation>Reference data: the column “%1” appears twice in the header.</translation>
        </message>
        <message>
            <source>Reference data: the column “%1” is missing from the header.</source>
            <translation>Reference data: the column “%1” is missing from the header.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: the value is empty.</source>
            <translation>Reference data, row %1, column “%2”: the value is empty.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” is not 0 or 1.</source>
            <translation>Reference data, row %1, column “%2”: “%3” is not 0 or 1.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” is not a valid value.</source>
            <translation>Reference data, row %1, column “%2”: “%3” is not a valid value.</translation>
        </message>
        <message>
            <source>Reference data: the file is not valid UTF-8 text.</source>
            <translation>Reference data: the file is not valid UTF-8 text.</translation>
        </message>
        <message>
            <source>Reference data: the file is empty; a header row is expected.</source>
            <translation>Reference data: the file is empty; a header row is expected.</translation>
        </message>
        <message>
            <source>Reference data, row %1: %2 fields where the header has %3.</source>
            <translation>Reference data, row %1: %2 fields where the header has %3.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” appears twice.</source>
            <translation>Reference data, row %1, column “%2”: “%3” appears twice.</translation>
        </message>
        <message>
            <source>The list of States built into FundDesk could not be read.</source>
            <translation>The list of States built into FundDesk could not be read.</translation>
        </message>
        <message>
            <source>Conflict of interest: describe the conflict you declare, so the record shows why you did not score.</source>
            <translation>Conflict of interest: describe the conflict you declare, so the record shows why you did not score.</translation>
        </message>
        <message>
            <source>Reviewer: enter the name of the reviewer.</source>
            <translation>Reviewer: enter the name of the reviewer.</translation>
        </message>
        <message>
            <source>Reviewer: %1 has already declared for this application. Open that review instead.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>Reviewer: %1 has already declared for this application. Open that review instead.</translation>
        </message>
        <message>
            <source>%1 declared a conflict of interest for this application and cannot score it. The aggregate score is computed without this reviewer.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>%1 declared a conflict of interest for this application and cannot score it. The aggregate score is computed without this reviewer.</translation>
        </message>
        <message>
            <source>%1: the score must be a whole number from %2 to %3.</source>
            <extracomment>%1 is a criterion name; %2 and %3 the ends of the scale (0 and 5)</extracomment>
            <translation>%1: the score must be a whole number from %2 to %3.</translation>
        </message>
        <message>
            <source>Justification: explain the scores in writing; the selection must be transparent and accountable.</source>
            <translation>Justification: explain the scores in writing; the selection must be transparent and accountable.</translation>
        </message>
        <message numerus="yes">
            <source>You pinned %1 applicants for %n seat(s): the slate is the pinned applicants only. Unpin some or add seats.</source>
            <translation>
                <numerusform>You pinned %1 applicants for %n seat: the slate is the pinned applicants only. Unpin some or add seats.</numerusform>
                <numerusform>You pinned %1 applicants for %n seats: the slate is the pinned applicants only. Unpin some or add seats.</numerusform>
            </translation>
        </message>
        <message>
            <source>The pinned applicants cost %1, more than the budget of %2: the slate is the pinned applicants only.</source>
            <translation>The pinned applicants cost %1, more than the budget of %2: the slate is the pinned applicants only.</translation>
        </message>
        <message>
            <source>Pinned by you</source>
            <translation>Pinned by you</translation>
        </message>
        <message>
            <source>One of %1 delegates from %2: no applicant from another State could take the seat</source>
            <translation>One of %1 delegates from %2: no applicant from another State could take the seat</translation>
        </message>
        <message>
            <source>Only applicant from %1</source>
            <translation>Only applicant from %1</translation>
        </message>
        <message numerus="yes">
            <source>Chosen among %n applicants from %1</source>
            <translation>
                <numerusform>Chosen among %n applicant from %1</numerusform>
                <numerusform>Chosen among %n applicants from %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Covers %1</source>
            <translation>Covers %1</translation>
        </message>
        <message>
            <source>Priority State: %1</source>
            <extracomment>%1 is a list of priority groups such as "LDC and LLDC" (¶22)</extracomment>
            <translation>Priority State: %1</translation>
        </message>
        <message>
            <source>Score %1</source>
            <translation>Score %1</translation>
        </message>
        <message>
            <source>No reviewer score yet</source>
            <translation>No reviewer score yet</translation>
        </message>
        <message>
            <source>Excluded by you</source>
            <translation>Excluded by you</translation>
        </message>
        <message>
            <source>Not eligible: %1</source>
            <extracomment>%1 lists the failing criteria, such as "¶21(a) and ¶21(c)"</extracomment>
            <translation>Not eligible: %1</translation>
        </message>
        <message>
            <source>Not screened yet: assess %1</source>
            <extracomment>%1 lists the criteria not yet assessed, such as "¶21(b) and ¶21(d)"</extracomment>
            <translation>Not screened yet: assess %1</translation>
        </message>
        <message>
            <source>Would need a budget of %1 more</source>
            <translation>Would need a budget of %1 more</translation>
        </message>
        <message>
            <source>The pinned applicants take the whole slate</source>
            <translation>The pinned applicants take the whole slate</translation>
        </message>
        <message>
            <source>%1 already has a delegate and other States wait</source>
            <translation>%1 already has a delegate and other States wait</translation>
        </message>
        <message>
            <source>Every seat is taken by a pinned applicant</source>
            <translation>Every seat is taken by a pinned applicant</translation>
        </message>
        <message>
            <source>Taking them would leave %1 without a delegate</source>
            <translation>Taking them would leave %1 without a delegate</translation>
        </message>
        <message>
            <source>Taking them would leave fewer than half of the seats to women</source>
            <translation>Taking them would leave fewer than half of the seats to women</translation>
        </message>
        <message>
            <source>Taking them would leave %1 uncovered</source>
            <translation>Taking them would leave %1 uncovered</translation>
        </message>
        <message>
            <source>Taking them would mean one delegate fewer from LDC, LLDC and SIDS</source>
            <translation>Taking them would mean one delegate fewer from LDC, LLDC and SIDS</translation>
        </message>
        <message>
            <source>A higher score than %1 (the lowest selected with the same profile)</source>
            <translation>A higher score than %1 (the lowest selected with the same profile)</translation>
        </message>
        <message>
            <source>A higher score than %1 (the score of %2, whose place they would take)</source>
            <translation>A higher score than %1 (the score of %2, whose place they would take)</translation>
        </message>
        <message>
            <source>Same standing as %1, who costs %2 less</source>
            <translation>Same standing as %1, who costs %2 less</translation>
        </message>
        <message>
            <source>Same standing and cost as %1, whose application came first</source>
            <translation>Same standing and cost as %1, whose application came first</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>No regional group is covered by the slate</extracomment>
            <translation>none</translation>
        </message>
        <message>
            <source>Seats filled</source>
            <translation>Seats filled</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>States</source>
            <translation>States</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>Total cost</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>%1 (%2 left)</source>
            <translation>%1 (%2 left)</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Women</translation>
        </message>
        <message>
            <source>%1 (%2 %)</source>
            <translation>%1 (%2 %)</translation>
        </message>
        <message>
            <source>Regional groups covered</source>
            <translation>Regional groups covered</translation>
        </message>
        <message>
            <source>%1 of 5: %2</source>
            <translation>%1 of 5: %2</translation>
        </message>
        <message>
            <source>From LDC, LLDC or SIDS</source>
            <translation>From LDC, LLDC or SIDS</translation>
        </message>
        <message>
            <source>The seats must be a whole number from 1 to %1.</source>
            <translation>The seats must be a whole number from 1 to %1.</translation>
        </message>
        <message>
            <source>The budget must be an amount in USD of 0 or more.</source>
            <translation>The budget must be an amount in USD of 0 or more.</translation>
        </message>
        <message>
            <source>Choose the meeting the applicant would attend.</source>
            <translation>Choose the meeting the applicant would attend.</translation>
        </message>
        <message>
            <source>Enter the applicant's name.</source>
            <translation>Enter the applicant's name.</translation>
        </message>
        <message>
            <source>Choose the applicant's gender, or “Other or undisclosed”.</source>
            <translation>Choose the applicant's gender, or “Other or undisclosed”.</translation>
        </message>
        <message>
            <source>Choose the applicant's State from the list.</source>
            <translation>Choose the applicant's State from the list.</translation>
        </message>
        <message>
            <source>The cost you set must be an amount in USD of 0 or more.</source>
            <translation>The cost you set must be an amount in USD of 0 or more.</translation>
        </message>
        <message>
            <source>Say why the cost differs from the meeting's norms.</source>
            <translation>Say why the cost differs from the meeting's norms.</translation>
        </message>
        <message>
            <source>The score must be a whole number from 0 to 100.</source>
            <translation>The score must be a whole number from 0 to 100.</translation>
        </message>
        <message>
            <source>The actual cost must be an amount in USD of 0 or more.</source>
            <translation>The actual cost must be an amount in USD of 0 or more.</translation>
        </message>
        <message>
            <source>not every criterion of ¶21 is assessed yet</source>
            <translation>not every criterion of ¶21 is assessed yet</translation>
        </message>
        <message>
            <source>This application cannot be recommended: %1.</source>
            <extracomment>%1 is the reason, such as "¶21(c): not able to travel and attend during the sessions"</extracomment>
            <translation>This application cannot be recommended: %1.</translation>
        </message>
        <message>
            <source>Choose the meeting and the State to estimate the cost.</source>
            <translation>Choose the meeting and the State to estimate the cost.</translation>
        </message>
        <message>
            <source>The sponsorship is no longer in the fund's database.</source>
            <translation>The sponsorship is no longer in the fund's database.</translation>
        </message>
        <message>
            <source>The activity is no longer in the fund's database.</source>
            <translation>The activity is no longer in the fund's database.</translation>
        </message>
        <message>
            <source>An application cannot move from “%1” to “%2”: “%1” is a final status.</source>
            <extracomment>%1 and %2 are statuses of an application</extracomment>
            <translation>An application cannot move from “%1” to “%2”: “%1” is a final status.</translation>
        </message>
        <message>
            <source>An application cannot move from “%1” to “%2”. From “%1” it can move only to %3.</source>
            <extracomment>%1 and %2 are statuses; %3 lists the statuses allowed next, separated by commas</extracomment>
            <translation>An application cannot move from “%1” to “%2”. From “%1” it can move only to %3.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Choose your profile before changing an application's status.</source>
            <translation>Choose your profile before changing an application's status.</translation>
        </message>
        <message>
            <source>Only a profile with the role “%2” can record “%1”; the current profile has the role “%3”.</source>
            <extracomment>%1 is a status, %2 and %3 are role names</extracomment>
            <translation>Only a profile with the role “%2” can record “%1”; the current profile has the role “%3”.</translation>
        </message>
        <message>
            <source>not every ¶21 criterion has been assessed</source>
            <translation>not every ¶21 criterion has been assessed</translation>
        </message>
        <message>
            <source>This sponsorship cannot be “%1”: %2.</source>
            <extracomment>%1 is a status; %2 lists the failed ¶21 criteria, separated by semicolons</extracomment>
            <translation>This sponsorship cannot be “%1”: %2.</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>%1 recommended this application, so %1 cannot also approve or reject it. Another profile of the High Representative's office must decide.</source>
            <extracomment>%1 is the name of a person's profile</extracomment>
            <translation>%1 recommended this application, so %1 cannot also approve or reject it. Another profile of the High Representative's office must decide.</translation>
        </message>
        <message>
            <source>Enter the written justification for “%1”: it is required both for recommending and for not recommending.</source>
            <extracomment>%1 is a status such as "Recommended"</extracomment>
            <translation>Enter the written justification for “%1”: it is required both for recommending and for not recommending.</translation>
        </message>
        <message>
            <source>The amount “%1” has its thousands grouped wrongly: use groups of three digits, as in %2.</source>
            <translation>The amount “%1” has its thousands grouped wrongly: use groups of three digits, as in %2.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail was never sealed: it was added outside FundDesk.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>Entry %1 of the audit trail was never sealed: it was added outside FundDesk.</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be read: check that you may read it and that the disk is not full.</source>
            <translation>The fund's database “%1” could not be read: check that you may read it and that the disk is not full.</translation>
        </message>
        <message>
            <source>The fund's database “%1” was deleted, moved or replaced while FundDesk had it open. Nothing more is saved to it: back up now to keep what is open, then open the fund again.</source>
            <translation>The fund's database “%1” was deleted, moved or replaced while FundDesk had it open. Nothing more is saved to it: back up now to keep what is open, then open the fund again.</translation>
        </message>
        <message>
            <source>The fund's database “%1” is read-only: FundDesk cannot save changes to it. Open it read-only, or make the file writable.</source>
            <translation>The fund's database “%1” is read-only: FundDesk cannot save changes to it. Open it read-only, or make the file writable.</translation>
        </message>
        <message>
            <source>%1 on %2, process %3, since %4 UTC</source>
            <extracomment>who holds a fund open: %1 user name, %2 computer name, %3 process number, %4 date and time</extracomment>
            <translation>%1 on %2, process %3, since %4 UTC</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>“%1” is already open for changes in another FundDesk (%2). Close it there first, or open the fund read-only.</source>
            <extracomment>%1 the fund's file, %2 who has it open (user, computer, process, since when)</extracomment>
            <translation>“%1” is already open for changes in another FundDesk (%2). Close it there first, or open the fund read-only.</translation>
        </message>
        <message>
            <source>FundDesk could not write its lock file beside “%1”. Check that the folder is writable and the disk is not full, or open the fund read-only.</source>
            <translation>FundDesk could not write its lock file beside “%1”. Check that the folder is writable and the disk is not full, or open the fund read-only.</translation>
        </message>
        <message>
            <source>This receipt comes with conditions. Confirm for the whole file that no condition restricts the money to specific activities (no earmarking, ¶19), or record this receipt in the contribution form.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>This receipt comes with conditions. Confirm for the whole file that no condition restricts the money to specific activities (no earmarking, ¶19), or record this receipt in the contribution form.</translation>
        </message>
        <message>
            <source>%1 is not a State of this kind. Write %2 in donor_kind.</source>
            <extracomment>%1 is a country code such as FRA, %2 the right donor_kind value</extracomment>
            <translation>%1 is not a State of this kind. Write %2 in donor_kind.</translation>
        </message>
        <message>
            <source>The UN's due diligence declined %1, so the fund cannot accept its money (¶14). Remove the row.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>The UN's due diligence declined %1, so the fund cannot accept its money (¶14). Remove the row.</translation>
        </message>
        <message>
            <source>%1 has not been cleared by the UN's due diligence, so its money cannot be recorded as received (¶14). Record the clearance on the donor first, or import the row as a pledge.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>%1 has not been cleared by the UN's due diligence, so its money cannot be recorded as received (¶14). Record the clearance on the donor first, or import the row as a pledge.</translation>
        </message>
        <message>
            <source>A receipt cannot be dated in the future: %1 is after today, %2. Correct the date, or import the row as a pledge.</source>
            <extracomment>%1 and %2 are dates such as 2026-03-31</extracomment>
            <translation>A receipt cannot be dated in the future: %1 is after today, %2. Correct the date, or import the row as a pledge.</translation>
        </message>
        <message>
            <source>The year %1 is closed, so nothing dated in it can be recorded. Correct the date, or reopen the year first.</source>
            <extracomment>%1 is a year such as 2025</extracomment>
            <translation>The year %1 is closed, so nothing dated in it can be recorded. Correct the date, or reopen the year first.</translation>
        </message>
        <message>
            <source>The amount is in US dollars, so its usd_rate must be empty, not “%1”.</source>
            <extracomment>%1 is what the file holds as a rate</extracomment>
            <translation>The amount is in US dollars, so its usd_rate must be empty, not “%1”.</translation>
        </message>
        <message>
            <source>The usd_rate column is empty. Write how many US dollars one %1 was worth on the day, such as 1.0825.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>The usd_rate column is empty. Write how many US dollars one %1 was worth on the day, such as 1.0825.</translation>
        </message>
        <message>
            <source>“%1” is not an exchange rate. Write US dollars per unit with a dot and at most 9 decimals, such as 1.0825.</source>
            <extracomment>%1 is what the file holds as a rate</extracomment>
            <translation>“%1” is not an exchange rate. Write US dollars per unit with a dot and at most 9 decimals, such as 1.0825.</translation>
        </message>
        <message>
            <source>This row repeats line %1: the reference “%2” is used twice. Remove the repeated row, or correct the reference.</source>
            <extracomment>%1 is a line number, %2 an activity's reference such as CB-2026-014
----------
%1 is a line number, %2 a contribution's reference</extracomment>
            <translation>This row repeats line %1: the reference “%2” is used twice. Remove the repeated row, or correct the reference.</translation>
        </message>
        <message>
            <source>The fund already has a contribution with the reference “%1”. Remove the row if it was imported before, or correct the reference.</source>
            <extracomment>%1 is a contribution's reference</extracomment>
            <translation>The fund already has a contribution with the reference “%1”. Remove the row if it was imported before, or correct the reference.</translation>
        </message>
        <message>
            <source>This row repeats line %1: same date, donor, type and amount. Remove the repeated row, or give each its reference to tell them apart.</source>
            <extracomment>%1 is a line number</extracomment>
            <translation>This row repeats line %1: same date, donor, type and amount. Remove the repeated row, or give each its reference to tell them apart.</translation>
        </message>
        <message>
            <source>The fund already has a contribution of this donor with the same date, type and amount. Remove the row if it was imported before, or give it a reference to tell the two apart.</source>
            <translation>The fund already has a contribution of this donor with the same date, type and amount. Remove the row if it was imported before, or give it a reference to tell the two apart.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>The import was cancelled; nothing was written.</translation>
        </message>
        <message>
            <source>The file is empty. Choose a CSV file with a header line and at least one row, or write a template first.</source>
            <translation>The file is empty. Choose a CSV file with a header line and at least one row, or write a template first.</translation>
        </message>
        <message>
            <source>Line %1: a field is longer than %2 characters. Check that the quotes of the field are closed.</source>
            <extracomment>%1 is a line number, %2 a number of characters</extracomment>
            <translation>Line %1: a field is longer than %2 characters. Check that the quotes of the field are closed.</translation>
        </message>
        <message>
            <source>Line %1 has more than %2 fields. Check that the file is a CSV export of a table.</source>
            <extracomment>%1 is a line number, %2 a number of fields</extracomment>
            <translation>Line %1 has more than %2 fields. Check that the file is a CSV export of a table.</translation>
        </message>
        <message>
            <source>Line %1: a field holds a double quote but does not start with one. Put the field in quotes and double the quote inside it ("").</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>Line %1: a field holds a double quote but does not start with one. Put the field in quotes and double the quote inside it ("").</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is never closed. Add the closing double quote.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>Line %1: a quoted field is never closed. Add the closing double quote.</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is followed by other text before the next separator. Put the whole field in quotes, or remove the text after the closing quote.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>Line %1: a quoted field is followed by other text before the next separator. Put the whole field in quotes, or remove the text after the closing quote.</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB. Split it into smaller files.</source>
            <extracomment>%1 is a size in megabytes</extracomment>
            <translation>The file is larger than %1 MB. Split it into smaller files.</translation>
        </message>
        <message>
            <source>The file holds binary data (a NUL byte on line %1), so it is not a CSV text file. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>The file holds binary data (a NUL byte on line %1), so it is not a CSV text file. Save the table as “CSV UTF-8” and choose that file.</translation>
        </message>
        <message>
            <source>Line %1 is not valid UTF-8 text. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>Line %1 is not valid UTF-8 text. Save the table as “CSV UTF-8” and choose that file.</translation>
        </message>
        <message>
            <source>Line %1 holds a control character (%2), so the file is not a CSV text file. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number, %2 a character code such as U+0007</extracomment>
            <translation>Line %1 holds a control character (%2), so the file is not a CSV text file. Save the table as “CSV UTF-8” and choose that file.</translation>
        </message>
        <message>
            <source>The file “%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>The file “%1” could not be opened. Check its name and that you may read it.</translation>
        </message>
        <message>
            <source>This row repeats the donor of line %1 (%2). Remove one of the rows.</source>
            <extracomment>%1 is a line number, %2 a donor's name or a country code</extracomment>
            <translation>This row repeats the donor of line %1 (%2). Remove one of the rows.</translation>
        </message>
        <message>
            <source>The fund already has the donor %1. Remove the row; edit the donor in FundDesk to change it.</source>
            <extracomment>%1 is a donor's name or a country code</extracomment>
            <translation>The fund already has the donor %1. Remove the row; edit the donor in FundDesk to change it.</translation>
        </message>
        <message>
            <source>A donor of the kind %1 needs no due-diligence clearance. Write not_required, or leave the column empty.</source>
            <extracomment>%1 is a donor_kind value such as member_state</extracomment>
            <translation>A donor of the kind %1 needs no due-diligence clearance. Write not_required, or leave the column empty.</translation>
        </message>
        <message>
            <source>A non-governmental donor needs the UN's due-diligence clearance (¶14). Write pending, cleared or declined.</source>
            <extracomment>¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>A non-governmental donor needs the UN's due-diligence clearance (¶14). Write pending, cleared or declined.</translation>
        </message>
        <message>
            <source>Write the date of the due-diligence decision as YYYY-MM-DD.</source>
            <translation>Write the date of the due-diligence decision as YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>The file has a header but no rows. Add the records below the header line.</source>
            <translation>The file has a header but no rows. Add the records below the header line.</translation>
        </message>
        <message numerus="yes">
            <source>The file has %n problem(s), so nothing was imported. Correct them and import the file again.</source>
            <extracomment>%n is the number of problems found in the file</extracomment>
            <translation>
                <numerusform>The file has %n problem, so nothing was imported. Correct it and import the file again.</numerusform>
                <numerusform>The file has %n problems, so nothing was imported. Correct them and import the file again.</numerusform>
            </translation>
        </message>
        <message>
            <source>The column “%1” is not one FundDesk knows. Rename or remove it; the columns are: %2.</source>
            <extracomment>%1 is a column name found in the file, %2 the list of the expected columns</extracomment>
            <translation>The column “%1” is not one FundDesk knows. Rename or remove it; the columns are: %2.</translation>
        </message>
        <message>
            <source>The column “%1” appears twice. Remove one of them.</source>
            <extracomment>%1 is a column name</extracomment>
            <translation>The column “%1” appears twice. Remove one of them.</translation>
        </message>
        <message>
            <source>The column “%1” is missing. Add it to the header line; the columns are: %2.</source>
            <extracomment>%1 is a column name, %2 the list of the expected columns</extracomment>
            <translation>The column “%1” is missing. Add it to the header line; the columns are: %2.</translation>
        </message>
        <message>
            <source>Donors</source>
            <translation>Donors</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>Contributions</translation>
        </message>
        <message>
            <source>Sponsorship applications</source>
            <extracomment>sponsorship applications of delegates, as a kind of CSV file</extracomment>
            <translation>Sponsorship applications</translation>
        </message>
        <message>
            <source>Activity applications</source>
            <extracomment>capacity-building activity applications, as a kind of CSV file</extracomment>
            <translation>Activity applications</translation>
        </message>
        <message>
            <source>This row has %1 fields but the header has %2. Check the separators and quotes of the row.</source>
            <translation>This row has %1 fields but the header has %2. Check the separators and quotes of the row.</translation>
        </message>
        <message>
            <source>The “%1” column is empty. Fill it in.</source>
            <extracomment>%1 is a column name of a CSV file</extracomment>
            <translation>The “%1” column is empty. Fill it in.</translation>
        </message>
        <message>
            <source>The “%1” column is %2 characters long. Shorten it to at most %3.</source>
            <extracomment>%1 is a column name, %2 and %3 counts of characters</extracomment>
            <translation>The “%1” column is %2 characters long. Shorten it to at most %3.</translation>
        </message>
        <message>
            <source>“%1” is not a date. Write dates as YYYY-MM-DD, such as 2026-03-31.</source>
            <extracomment>%1 is what the file holds instead of a date</extracomment>
            <translation>“%1” is not a date. Write dates as YYYY-MM-DD, such as 2026-03-31.</translation>
        </message>
        <message>
            <source>“%1” is not a value of the “%2” column. Write one of: %3.</source>
            <extracomment>%1 is what the file holds, %2 the column name, %3 the list of allowed words</extracomment>
            <translation>“%1” is not a value of the “%2” column. Write one of: %3.</translation>
        </message>
        <message>
            <source>“%1” is not an ISO 4217 currency code. Write a code such as USD, EUR or JPY.</source>
            <extracomment>%1 is what the file holds instead of a currency code</extracomment>
            <translation>“%1” is not an ISO 4217 currency code. Write a code such as USD, EUR or JPY.</translation>
        </message>
        <message>
            <source>“%1” is not an amount above zero in %2. Write a number with a dot and no thousands separator, such as 250000.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>“%1” is not an amount above zero in %2. Write a number with a dot and no thousands separator, such as 250000.00.</translation>
        </message>
        <message>
            <source>The “%1” column is empty. Write the ISO 3166 alpha-3 code of the State, such as FRA.</source>
            <extracomment>%1 is a column name of a CSV file</extracomment>
            <translation>The “%1” column is empty. Write the ISO 3166 alpha-3 code of the State, such as FRA.</translation>
        </message>
        <message>
            <source>“%1” is not the code of a State of the reference list. Write the ISO 3166 alpha-3 code, such as FRA or KEN.</source>
            <extracomment>%1 is what the file holds instead of a country code</extracomment>
            <translation>“%1” is not the code of a State of the reference list. Write the ISO 3166 alpha-3 code, such as FRA or KEN.</translation>
        </message>
        <message>
            <source>Application summary</source>
            <translation>Application summary</translation>
        </message>
        <message>
            <source>Applicant State</source>
            <translation>Applicant State</translation>
        </message>
        <message>
            <source>Co-applicants</source>
            <translation>Co-applicants</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>column of the key figures table: a remark such as the operational status</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Co-funding</source>
            <translation>Co-funding</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectives</translation>
        </message>
        <message>
            <source>Expected outputs</source>
            <translation>Expected outputs</translation>
        </message>
        <message>
            <source>Needs assessment (¶25a)</source>
            <translation>Needs assessment (¶25a)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 a heading such as "Objectives", %2 the applicant's text</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Focus areas and partners</source>
            <translation>Focus areas and partners</translation>
        </message>
        <message>
            <source>¶26</source>
            <translation>¶26</translation>
        </message>
        <message>
            <source>Focus area</source>
            <extracomment>column: a ¶26 focus area, such as "(c) incident response"</extracomment>
            <translation>Focus area</translation>
        </message>
        <message>
            <source>No implementing partner is named (¶24).</source>
            <translation>No implementing partner is named (¶24).</translation>
        </message>
        <message>
            <source>Implementing partner</source>
            <translation>Implementing partner</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Review scores (¶25)</source>
            <translation>Review scores (¶25)</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>Weighted</translation>
        </message>
        <message>
            <source>Declaration</source>
            <translation>Declaration</translation>
        </message>
        <message>
            <source>Recused: conflict of interest (%1)</source>
            <translation>Recused: conflict of interest (%1)</translation>
        </message>
        <message>
            <source>No conflict</source>
            <translation>No conflict</translation>
        </message>
        <message>
            <source>Not scored yet</source>
            <translation>Not scored yet</translation>
        </message>
        <message>
            <source>Aggregate score (0–5)</source>
            <translation>Aggregate score (0–5)</translation>
        </message>
        <message>
            <source>Reviewers who scored</source>
            <translation>Reviewers who scored</translation>
        </message>
        <message>
            <source>Reviewers recused</source>
            <translation>Reviewers recused</translation>
        </message>
        <message>
            <source>Budget by year</source>
            <translation>Budget by year</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Amount requested</source>
            <translation>Amount requested</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Governance consultation (¶18)</source>
            <translation>Governance consultation (¶18)</translation>
        </message>
        <message>
            <source>The governance structure has not been consulted on this application yet.</source>
            <translation>The governance structure has not been consulted on this application yet.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Advice</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building</source>
            <translation>UN Voluntary Fund for ICT-security capacity building</translation>
        </message>
        <message>
            <source>Annual report to donors, %1 (¶27)</source>
            <extracomment>%1 a year</extracomment>
            <translation>Annual report to donors, %1 (¶27)</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <extracomment>page footer, %1 this page, %2 the number of pages</extracomment>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>Made %1 UTC · record SHA-256 %2</source>
            <extracomment>document footer: %1 date and time made (UTC), %2 the SHA-256 of the record shown</extracomment>
            <translation>Made %1 UTC · record SHA-256 %2</translation>
        </message>
        <message>
            <source>Contributions received</source>
            <translation>Contributions received</translation>
        </message>
        <message>
            <source>Contributions received in the year, by donor. Donors who asked for anonymity are shown as such; those who asked not to be published are counted only in one aggregate line (¶17).</source>
            <translation>Contributions received in the year, by donor. Donors who asked for anonymity are shown as such; those who asked not to be published are counted only in one aggregate line (¶17).</translation>
        </message>
        <message>
            <source>Contributions by donor (USD)</source>
            <translation>Contributions by donor (USD)</translation>
        </message>
        <message>
            <source>Sponsorship of representatives and experts</source>
            <translation>Sponsorship of representatives and experts</translation>
        </message>
        <message>
            <source>Delegates sponsored</source>
            <translation>Delegates sponsored</translation>
        </message>
        <message>
            <source>Of whom women</source>
            <translation>Of whom women</translation>
        </message>
        <message>
            <source>Share of women</source>
            <translation>Share of women</translation>
        </message>
        <message>
            <source>Delegates</source>
            <translation>Delegates</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Priority group (¶22)</source>
            <translation>Priority group (¶22)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Approved (USD)</source>
            <translation>Approved (USD)</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Capacity-building activities funded and their results</source>
            <translation>Capacity-building activities funded and their results</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>USD</source>
            <translation>USD</translation>
        </message>
        <message>
            <source>Opening balance, 1 January</source>
            <translation>Opening balance, 1 January</translation>
        </message>
        <message>
            <source>Other income</source>
            <extracomment>income other than contributions, such as interest; none is recorded</extracomment>
            <translation>Other income</translation>
        </message>
        <message>
            <source>Disbursed for sponsorships of delegates</source>
            <translation>Disbursed for sponsorships of delegates</translation>
        </message>
        <message>
            <source>Disbursed for capacity-building activities</source>
            <translation>Disbursed for capacity-building activities</translation>
        </message>
        <message>
            <source>Staff costs charged to contributions (¶15)</source>
            <translation>Staff costs charged to contributions (¶15)</translation>
        </message>
        <message>
            <source>Closing balance, 31 December</source>
            <translation>Closing balance, 31 December</translation>
        </message>
        <message>
            <source>Disbursed (USD)</source>
            <translation>Disbursed (USD)</translation>
        </message>
        <message>
            <source>Disbursements by region (USD)</source>
            <translation>Disbursements by region (USD)</translation>
        </message>
        <message>
            <source>Source and use of funds</source>
            <translation>Source and use of funds</translation>
        </message>
        <message>
            <source>In aggregate, in USD. The fund's two posts are charged to voluntary contributions (¶15).</source>
            <translation>In aggregate, in USD. The fund's two posts are charged to voluntary contributions (¶15).</translation>
        </message>
        <message>
            <source>In aggregate, in USD. The fund's two posts are paid from the regular budget, so contributions went only to sponsorships and activities (¶15).</source>
            <translation>In aggregate, in USD. The fund's two posts are paid from the regular budget, so contributions went only to sponsorships and activities (¶15).</translation>
        </message>
        <message>
            <source>Applications by status, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Applications by status, %1</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Sponsorships</source>
            <translation>Sponsorships</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>No activity or sponsorship has the reference “%1”. Give an activity's reference such as CB-2026-014, or SP- and a sponsorship's number such as SP-12.</source>
            <translation>No activity or sponsorship has the reference “%1”. Give an activity's reference such as CB-2026-014, or SP- and a sponsorship's number such as SP-12.</translation>
        </message>
        <message>
            <source>Approval packet: activity %1</source>
            <extracomment>%1 an activity's reference</extracomment>
            <translation>Approval packet: activity %1</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Approval packet: sponsorship %1</source>
            <extracomment>%1 a sponsorship's reference such as SP-12</extracomment>
            <translation>Approval packet: sponsorship %1</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <extracomment>%1 sponsorship reference, %2 delegate's name, %3 State</extracomment>
            <translation>%1 — %2, %3</translation>
        </message>
        <message>
            <source>The slate</source>
            <translation>The slate</translation>
        </message>
        <message numerus="yes">
            <source>%n delegate(s) recommended or approved for this meeting.</source>
            <translation>
                <numerusform>%n delegate recommended or approved for this meeting.</numerusform>
                <numerusform>%n delegates recommended or approved for this meeting.</numerusform>
            </translation>
        </message>
        <message>
            <source>Approval packet: slate for %1</source>
            <extracomment>%1 a meeting's reference</extracomment>
            <translation>Approval packet: slate for %1</translation>
        </message>
        <message>
            <source>Meeting</source>
            <extracomment>%1 meeting reference, %2 its name, %3 its city</extracomment>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>Contributions by kind of donor, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Contributions by kind of donor, %1</translation>
        </message>
        <message>
            <source>Kind of donor</source>
            <translation>Kind of donor</translation>
        </message>
        <message>
            <source>Received (USD)</source>
            <translation>Received (USD)</translation>
        </message>
        <message>
            <source>Pledged (USD)</source>
            <translation>Pledged (USD)</translation>
        </message>
        <message>
            <source>Contributions by donor, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Contributions by donor, %1</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>Donor</translation>
        </message>
        <message>
            <source>Key figures of the year (¶16)</source>
            <translation>Key figures of the year (¶16)</translation>
        </message>
        <message>
            <source>Fund size month by month against USD 2M / 5M and the threshold</source>
            <translation>Fund size month by month against USD 2M / 5M and the threshold</translation>
        </message>
        <message>
            <source>Fund size year by year against USD 2M / 5M and the threshold</source>
            <translation>Fund size year by year against USD 2M / 5M and the threshold</translation>
        </message>
        <message>
            <source>Seats, activities and months the money buys, beside ¶20</source>
            <translation>Seats, activities and months the money buys, beside ¶20</translation>
        </message>
        <message>
            <source>Disbursements and commitments by M49 region</source>
            <translation>Disbursements and commitments by M49 region</translation>
        </message>
        <message>
            <source>Disbursements and commitments by UN regional group</source>
            <translation>Disbursements and commitments by UN regional group</translation>
        </message>
        <message>
            <source>Receipts and pledges by kind of donor</source>
            <translation>Receipts and pledges by kind of donor</translation>
        </message>
        <message>
            <source>Receipts and pledges by donor</source>
            <translation>Receipts and pledges by donor</translation>
        </message>
        <message>
            <source>Share of women among sponsored delegates, per meeting</source>
            <translation>Share of women among sponsored delegates, per meeting</translation>
        </message>
        <message>
            <source>Sponsorship and activity applications by status</source>
            <translation>Sponsorship and activity applications by status</translation>
        </message>
        <message>
            <source>Activity funding by ¶26 focus area</source>
            <translation>Activity funding by ¶26 focus area</translation>
        </message>
        <message>
            <source>Sponsored delegates from LDC, LLDC and SIDS</source>
            <translation>Sponsored delegates from LDC, LLDC and SIDS</translation>
        </message>
        <message>
            <source>Activity funding by focus area, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Activity funding by focus area, %1</translation>
        </message>
        <message>
            <source>Funding (USD)</source>
            <translation>Funding (USD)</translation>
        </message>
        <message>
            <source>Fund size through %1 against the ¶20 scenarios</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Fund size through %1 against the ¶20 scenarios</translation>
        </message>
        <message>
            <source>Month</source>
            <extracomment>column of the fund size table: the month, as YYYY-MM</extracomment>
            <translation>Month</translation>
        </message>
        <message>
            <source>Fund size by year, %1–%2, against the ¶20 scenarios</source>
            <extracomment>%1 and %2 are years</extracomment>
            <translation>Fund size by year, %1–%2, against the ¶20 scenarios</translation>
        </message>
        <message>
            <source>Received + outstanding pledges (USD)</source>
            <extracomment>receipts plus pledges not yet paid, in US dollars</extracomment>
            <translation>Received + outstanding pledges (USD)</translation>
        </message>
        <message>
            <source>Small scale, USD 2M</source>
            <extracomment>¶20 reference line: USD 2 million a year</extracomment>
            <translation>Small scale, USD 2M</translation>
        </message>
        <message>
            <source>Medium scale, USD 5M</source>
            <extracomment>¶20 reference line: USD 5 million a year</extracomment>
            <translation>Medium scale, USD 5M</translation>
        </message>
        <message>
            <source>Operational threshold (USD)</source>
            <translation>Operational threshold (USD)</translation>
        </message>
        <message>
            <source>Key figures, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Key figures, %1</translation>
        </message>
        <message>
            <source>Figure</source>
            <extracomment>column of the key figures table: the name of a figure</extracomment>
            <translation>Figure</translation>
        </message>
        <message>
            <source>Amount (USD)</source>
            <translation>Amount (USD)</translation>
        </message>
        <message>
            <source>Received in %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Received in %1</translation>
        </message>
        <message>
            <source>Received, all years</source>
            <translation>Received, all years</translation>
        </message>
        <message>
            <source>Pledged, outstanding</source>
            <translation>Pledged, outstanding</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>Committed</translation>
        </message>
        <message>
            <source>Disbursed</source>
            <translation>Disbursed</translation>
        </message>
        <message>
            <source>Staff costs charged to contributions</source>
            <translation>Staff costs charged to contributions</translation>
        </message>
        <message>
            <source>Available for programmes</source>
            <translation>Available for programmes</translation>
        </message>
        <message>
            <source>Operational threshold</source>
            <translation>Operational threshold</translation>
        </message>
        <message>
            <source>Missing to the threshold</source>
            <translation>Missing to the threshold</translation>
        </message>
        <message>
            <source>No threshold set</source>
            <translation>No threshold set</translation>
        </message>
        <message>
            <source>Operational</source>
            <extracomment>the fund's status under ¶16</extracomment>
            <translation>Operational</translation>
        </message>
        <message>
            <source>Not yet operational</source>
            <translation>Not yet operational</translation>
        </message>
        <message>
            <source>Operational status</source>
            <extracomment>key figure: whether the fund is operational (¶16)</extracomment>
            <translation>Operational status</translation>
        </message>
        <message>
            <source>Not known</source>
            <extracomment>a ¶21 criterion not assessed yet</extracomment>
            <translation>Not known</translation>
        </message>
        <message>
            <source>Met</source>
            <extracomment>a ¶21 criterion is met / not met</extracomment>
            <translation>Met</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Not met</translation>
        </message>
        <message>
            <source>Available balance</source>
            <translation>Available balance</translation>
        </message>
        <message>
            <source>Available before this item</source>
            <translation>Available before this item</translation>
        </message>
        <message>
            <source>Amount committed</source>
            <translation>Amount committed</translation>
        </message>
        <message>
            <source>Amount to commit</source>
            <translation>Amount to commit</translation>
        </message>
        <message>
            <source>Available after this item</source>
            <translation>Available after this item</translation>
        </message>
        <message>
            <source>The fund's available balance does not cover this item.</source>
            <translation>The fund's available balance does not cover this item.</translation>
        </message>
        <message>
            <source>Fund manager's recommendation</source>
            <translation>Fund manager's recommendation</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Justification: %1</source>
            <translation>Justification: %1</translation>
        </message>
        <message>
            <source>The fund manager has not made a recommendation yet.</source>
            <translation>The fund manager has not made a recommendation yet.</translation>
        </message>
        <message>
            <source>Workflow history</source>
            <translation>Workflow history</translation>
        </message>
        <message>
            <source>No status change is recorded.</source>
            <translation>No status change is recorded.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Decision of the High Representative for Disarmament Affairs</source>
            <translation>Decision of the High Representative for Disarmament Affairs</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Decision</source>
            <extracomment>two boxes to tick on the printed packet</extracomment>
            <translation>Decision</translation>
        </message>
        <message>
            <source>☐ Approve      ☐ Reject</source>
            <translation>☐ Approve      ☐ Reject</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Internal — contains personal data</source>
            <extracomment>on every page of an approval packet (¶11)</extracomment>
            <translation>Internal — contains personal data</translation>
        </message>
        <message>
            <source>Sponsored delegates from LDC, LLDC and SIDS, %1</source>
            <extracomment>%1 is a year; LDC, LLDC and SIDS are the ¶22 priority groups</extracomment>
            <translation>Sponsored delegates from LDC, LLDC and SIDS, %1</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Any of the three</source>
            <extracomment>row: delegates from a State in at least one of LDC, LLDC, SIDS</extracomment>
            <translation>Any of the three</translation>
        </message>
        <message>
            <source>All sponsored delegates</source>
            <translation>All sponsored delegates</translation>
        </message>
        <message>
            <source>The donor asked not to be published (¶17): counted only in the aggregate line.</source>
            <translation>The donor asked not to be published (¶17): counted only in the aggregate line.</translation>
        </message>
        <message>
            <source>Anonymous donor</source>
            <extracomment>how a donor who asked for anonymity appears in public outputs</extracomment>
            <translation>Anonymous donor</translation>
        </message>
        <message>
            <source>The donor asked for anonymity (¶17): the amount is shown, the name is not.</source>
            <translation>The donor asked for anonymity (¶17): the amount is shown, the name is not.</translation>
        </message>
        <message>
            <source>Other donors, not published at their request</source>
            <extracomment>one line adding up the contributions whose donors asked not to be published</extracomment>
            <translation>Other donors, not published at their request</translation>
        </message>
        <message>
            <source>Case</source>
            <extracomment>column: this fund, or one of the ¶20 scenarios</extracomment>
            <translation>Case</translation>
        </message>
        <message>
            <source>Funds (USD)</source>
            <extracomment>column: the available balance for the fund, the annual funding for a scenario</extracomment>
            <translation>Funds (USD)</translation>
        </message>
        <message>
            <source>Cost per delegate (USD)</source>
            <translation>Cost per delegate (USD)</translation>
        </message>
        <message>
            <source>Delegate seats</source>
            <extracomment>column: delegate seats a year (delegates × sessions)</extracomment>
            <translation>Delegate seats</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Average activity cost (USD)</source>
            <translation>Average activity cost (USD)</translation>
        </message>
        <message>
            <source>Spending a month (USD)</source>
            <translation>Spending a month (USD)</translation>
        </message>
        <message>
            <source>Months covered</source>
            <translation>Months covered</translation>
        </message>
        <message>
            <source>¶20 says</source>
            <extracomment>column: what ¶20 of the report says for this scale</extracomment>
            <translation>¶20 says</translation>
        </message>
        <message>
            <source>This fund, available at the end of %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>This fund, available at the end of %1</translation>
        </message>
        <message>
            <source>What the money buys, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>What the money buys, %1</translation>
        </message>
        <message>
            <source>USD 2 million: 10 delegates twice a year; 1–3 activities</source>
            <translation>USD 2 million: 10 delegates twice a year; 1–3 activities</translation>
        </message>
        <message>
            <source>USD 5 million: 20 delegates twice a year; up to 10 activities, multi-year commitments possible</source>
            <translation>USD 5 million: 20 delegates twice a year; up to 10 activities, multi-year commitments possible</translation>
        </message>
        <message>
            <source>Scenarios compared</source>
            <translation>Scenarios compared</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Annual funding (USD)</source>
            <translation>Annual funding (USD)</translation>
        </message>
        <message>
            <source>Staff costs (USD)</source>
            <extracomment>column: staff costs charged to contributions in a scenario</extracomment>
            <translation>Staff costs (USD)</translation>
        </message>
        <message>
            <source>Sessions a year</source>
            <translation>Sessions a year</translation>
        </message>
        <message>
            <source>Unallocated (USD)</source>
            <translation>Unallocated (USD)</translation>
        </message>
        <message>
            <source>Spending by region, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Spending by region, %1</translation>
        </message>
        <message>
            <source>Spending by UN regional group, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Spending by UN regional group, %1</translation>
        </message>
        <message>
            <source>Committed (USD)</source>
            <translation>Committed (USD)</translation>
        </message>
        <message>
            <source>Spending in %1, %2</source>
            <extracomment>%1 is a region or regional group, %2 a year</extracomment>
            <translation>Spending in %1, %2</translation>
        </message>
        <message>
            <source>Record</source>
            <extracomment>column: disbursement or commitment</extracomment>
            <translation>Record</translation>
        </message>
        <message>
            <source>For</source>
            <extracomment>column: sponsorship or activity</extracomment>
            <translation>For</translation>
        </message>
        <message>
            <source>Disbursement</source>
            <translation>Disbursement</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Commitment</translation>
        </message>
        <message>
            <source>Sponsorship</source>
            <translation>Sponsorship</translation>
        </message>
        <message>
            <source>Governance consultation</source>
            <translation>Governance consultation</translation>
        </message>
        <message>
            <source>Sponsorships are selected by the fund manager against the criteria announced with the call (¶18, ¶22); no consultation of the governance structure is recorded for them.</source>
            <translation>Sponsorships are selected by the fund manager against the criteria announced with the call (¶18, ¶22); no consultation of the governance structure is recorded for them.</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Not given</translation>
        </message>
        <message>
            <source>Ministry or agency</source>
            <translation>Ministry or agency</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>Reviewer's score (0–100)</source>
            <translation>Reviewer's score (0–100)</translation>
        </message>
        <message>
            <source>Eligibility checklist (¶21)</source>
            <translation>Eligibility checklist (¶21)</translation>
        </message>
        <message>
            <source>¶</source>
            <translation>¶</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Capital-based official</source>
            <translation>Capital-based official</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Nominating letter received</source>
            <translation>Nominating letter received</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Estimated from the meeting's norms</source>
            <extracomment>airfare, subsistence allowance and terminal expenses</extracomment>
            <translation>Estimated from the meeting's norms</translation>
        </message>
        <message>
            <source>Fund manager's figure: %1</source>
            <translation>Fund manager's figure: %1</translation>
        </message>
        <message>
            <source>Cost counted</source>
            <translation>Cost counted</translation>
        </message>
        <message>
            <source>Share of women among sponsored delegates, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Share of women among sponsored delegates, %1</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Men</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>gender: other or not stated</extracomment>
            <translation>Other</translation>
        </message>
        <message>
            <source>Women (%)</source>
            <translation>Women (%)</translation>
        </message>
        <message>
            <source>Fund “%1”: %2 donors, %3 contributions, %4 activity applications with %5 reviews, %6 consultations, %7 meetings with %8 sponsorship applications, %9 reference States; %10 profiles, %11 status changes, %12 commitments, %13 disbursements, the year %14 closed.</source>
            <translation>Fund “%1”: %2 donors, %3 contributions, %4 activity applications with %5 reviews, %6 consultations, %7 meetings with %8 sponsorship applications, %9 reference States; %10 profiles, %11 status changes, %12 commitments, %13 disbursements, the year %14 closed.</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building (scale %1 demo)</source>
            <extracomment>%1 is a number: how many times the medium scale of the report (¶20) the demo is</extracomment>
            <translation>UN Voluntary Fund for ICT-security capacity building (scale %1 demo)</translation>
        </message>
        <message>
            <source>The fund has no reference States; open it with FundDesk first.</source>
            <translation>The fund has no reference States; open it with FundDesk first.</translation>
        </message>
        <message>
            <source>Scale %1 fund over %2 years: %3 donors, %4 contributions, %5 meetings, %6 sponsorship and %7 activity applications, %8 status changes, %9 commitments (%10 approvals refused for lack of funds), %11 disbursements, %12 audit entries; written in %13 ms, of which sealing the audit trail %14 ms.</source>
            <extracomment>%1 is the scale, %2 a number of years; the other numbers count records</extracomment>
            <translation>Scale %1 fund over %2 years: %3 donors, %4 contributions, %5 meetings, %6 sponsorship and %7 activity applications, %8 status changes, %9 commitments (%10 approvals refused for lack of funds), %11 disbursements, %12 audit entries; written in %13 ms, of which sealing the audit trail %14 ms.</translation>
        </message>
        <message>
            <source>The scale must be a whole number from 1 to 1000.</source>
            <translation>The scale must be a whole number from 1 to 1000.</translation>
        </message>
        <message>
            <source>A scale fund is generated into a new, empty fund only.</source>
            <translation>A scale fund is generated into a new, empty fund only.</translation>
        </message>
        <message>
            <source>Small scale (¶20)</source>
            <extracomment>name of the ¶20 small-scale scenario (USD 2 million a year)</extracomment>
            <translation>Small scale (¶20)</translation>
        </message>
        <message>
            <source>Medium scale (¶20)</source>
            <extracomment>name of the ¶20 medium-scale scenario (USD 5 million a year)</extracomment>
            <translation>Medium scale (¶20)</translation>
        </message>
        <message>
            <source>Give the scenario a name, so you can find it again.</source>
            <translation>Give the scenario a name, so you can find it again.</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: fails %1.</source>
            <extracomment>A note in an application's history; %1 lists the failed ¶21 criteria, separated by semicolons</extracomment>
            <translation>Re-screened against ¶21: fails %1.</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: not every criterion is assessed yet.</source>
            <extracomment>A note in an application's history</extracomment>
            <translation>Re-screened against ¶21: not every criterion is assessed yet.</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: meets every criterion.</source>
            <extracomment>A note in an application's history</extracomment>
            <translation>Re-screened against ¶21: meets every criterion.</translation>
        </message>
        <message>
            <source>Choose your profile before changing the ¶21 criteria: the new screening moves the application from “%1” to “%2”, and its history records who made the change.</source>
            <extracomment>%1 and %2 are statuses of an application</extracomment>
            <translation>Choose your profile before changing the ¶21 criteria: the new screening moves the application from “%1” to “%2”, and its history records who made the change.</translation>
        </message>
        <message>
            <source>Checking the audit trail was cancelled.</source>
            <translation>Checking the audit trail was cancelled.</translation>
        </message>
        <message>
            <source>Opening the fund was cancelled; the file was not changed.</source>
            <translation>Opening the fund was cancelled; the file was not changed.</translation>
        </message>
        <message>
            <source>“%1” is not the code of a State of the reference list. Write ISO 3166 alpha-3 codes separated by spaces, such as KEN UGA.</source>
            <extracomment>%1 is what the file holds instead of a country code</extracomment>
            <translation>“%1” is not the code of a State of the reference list. Write ISO 3166 alpha-3 codes separated by spaces, such as KEN UGA.</translation>
        </message>
        <message>
            <source>“%1” is not a partner. Write each as kind:name, separated by semicolons, such as “academic:University of Nairobi”; the kinds are: %2.</source>
            <extracomment>%1 is what the file holds, %2 the list of partner kinds</extracomment>
            <translation>“%1” is not a partner. Write each as kind:name, separated by semicolons, such as “academic:University of Nairobi”; the kinds are: %2.</translation>
        </message>
        <message>
            <source>The “requested” column is empty. Write the amount of each year as year:amount, such as 2026:50000.00 2027:25000.00.</source>
            <translation>The “requested” column is empty. Write the amount of each year as year:amount, such as 2026:50000.00 2027:25000.00.</translation>
        </message>
        <message>
            <source>“%1” is not a year and an amount in %2. Write each year as year:amount with a dot and no thousands separator, such as 2026:50000.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>“%1” is not a year and an amount in %2. Write each year as year:amount with a dot and no thousands separator, such as 2026:50000.00.</translation>
        </message>
        <message>
            <source>“%1” is not a focus area of ¶26. Write keys separated by spaces, from: %2.</source>
            <extracomment>%1 is what the file holds, %2 the list of focus-area keys; ¶26 is a paragraph of the report that set up the fund</extracomment>
            <translation>“%1” is not a focus area of ¶26. Write keys separated by spaces, from: %2.</translation>
        </message>
        <message>
            <source>The fund already has an activity application with the reference “%1”. Remove the row if it was imported before, or correct the reference.</source>
            <extracomment>%1 is an activity's reference such as CB-2026-014</extracomment>
            <translation>The fund already has an activity application with the reference “%1”. Remove the row if it was imported before, or correct the reference.</translation>
        </message>
        <message>
            <source>This row repeats line %1: same applicant, title and start. Remove the repeated row.</source>
            <extracomment>%1 is a line number</extracomment>
            <translation>This row repeats line %1: same applicant, title and start. Remove the repeated row.</translation>
        </message>
        <message>
            <source>The fund already has an application of this State with the same title and start. Remove the row if it was imported before.</source>
            <translation>The fund already has an application of this State with the same title and start. Remove the row if it was imported before.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of a CSV file, %2 why its record was refused</extracomment>
            <translation>Line %1: %2</translation>
        </message>
        <message>
            <source>“%1” is not an amount of zero or more in %2. Write a number with a dot and no thousands separator, such as 1850.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>“%1” is not an amount of zero or more in %2. Write a number with a dot and no thousands separator, such as 1850.00.</translation>
        </message>
        <message>
            <source>The fund has no meeting with the reference “%1”. Correct the reference, or add the meeting first.</source>
            <extracomment>%1 is a meeting reference such as PM-2026-1</extracomment>
            <translation>The fund has no meeting with the reference “%1”. Correct the reference, or add the meeting first.</translation>
        </message>
        <message>
            <source>There is a reason but no cost_override. Write the cost in USD, or leave both columns empty to use the meeting's norms.</source>
            <translation>There is a reason but no cost_override. Write the cost in USD, or leave both columns empty to use the meeting's norms.</translation>
        </message>
        <message>
            <source>Say in override_reason why the cost differs from the meeting's norms, such as “airfare only”.</source>
            <translation>Say in override_reason why the cost differs from the meeting's norms, such as “airfare only”.</translation>
        </message>
        <message>
            <source>This row repeats line %1: %2 applies twice for the same meeting and State. Remove one of the rows.</source>
            <extracomment>%1 is a line number, %2 a person's name</extracomment>
            <translation>This row repeats line %1: %2 applies twice for the same meeting and State. Remove one of the rows.</translation>
        </message>
        <message>
            <source>The fund already has an application of %1 for this meeting and State. Remove the row if it was imported before.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>The fund already has an application of %1 for this meeting and State. Remove the row if it was imported before.</translation>
        </message>
        <message>
            <source>All other donors</source>
            <extracomment>the last bar of a chart that shows only the largest donors</extracomment>
            <translation>All other donors</translation>
        </message>
        <message numerus="yes">
            <source>%n other donor(s)</source>
            <extracomment>the line of a chart that adds up the donors too small to get a bar of their own</extracomment>
            <translation>
                <numerusform>%n other donor</numerusform>
                <numerusform>%n other donors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This text is %1 characters long. Shorten it to at most %n characters.</source>
            <extracomment>%1 is the length of the text entered, such as 100000; %n the longest allowed</extracomment>
            <translation>
                <numerusform>This text is %1 characters long. Shorten it to at most %n character.</numerusform>
                <numerusform>This text is %1 characters long. Shorten it to at most %n characters.</numerusform>
            </translation>
        </message>
        <message>
            <source>The date %1 is after 31 December 2099. Check the year.</source>
            <extracomment>%1 is a date such as 2100-01-01</extracomment>
            <translation>The date %1 is after 31 December 2099. Check the year.</translation>
        </message>
        <message>
            <source>%1 USD is beyond what a single entry of the fund can hold (at most %2 USD). Check the amount.</source>
            <extracomment>%1 is the amount entered in US dollars; %2 the largest allowed, such as 10000000000.00</extracomment>
            <translation>%1 USD is beyond what a single entry of the fund can hold (at most %2 USD). Check the amount.</translation>
        </message>
        <message>
            <source>The year %1 is outside the years the fund keeps (%2 to %3).</source>
            <extracomment>%1 is the year entered; %2 and %3 the first and last years the fund keeps</extracomment>
            <translation>The year %1 is outside the years the fund keeps (%2 to %3).</translation>
        </message>
        <message numerus="yes">
            <source>%n other donors</source>
            <extracomment>one line adding up the smaller donors of a long list; %n donors</extracomment>
            <translation>
                <numerusform>%n other donor</numerusform>
                <numerusform>%n other donors</numerusform>
            </translation>
        </message>
        <message>
            <source>Disbursed in the year (USD)</source>
            <translation>Disbursed in the year (USD)</translation>
        </message>
        <message numerus="yes">
            <source>%n other activities</source>
            <extracomment>one line adding up the activities a long annual report does not name; %n activities</extracomment>
            <translation>
                <numerusform>%n other activity</numerusform>
                <numerusform>%n other activities</numerusform>
            </translation>
        </message>
        <message>
            <source>Focus area (¶26)</source>
            <translation>Focus area (¶26)</translation>
        </message>
        <message>
            <source>Region of the applicant</source>
            <translation>Region of the applicant</translation>
        </message>
        <message>
            <source>Activities approved, active or completed with an amount committed or disbursed in the year. The largest by amount disbursed in the year are listed by name.</source>
            <translation>Activities approved, active or completed with an amount committed or disbursed in the year. The largest by amount disbursed in the year are listed by name.</translation>
        </message>
        <message>
            <source>The same activities by focus area and by the applicant's region. An activity in several focus areas counts in each.</source>
            <translation>The same activities by focus area and by the applicant's region. An activity in several focus areas counts in each.</translation>
        </message>
        <message>
            <source>The backup was cancelled; no copy was written.</source>
            <translation>The backup was cancelled; no copy was written.</translation>
        </message>
        <message>
            <source>The fund's database “%1” is empty: the fund it held is gone. Restore it from a backup (File ▸ Restore…), or delete the empty file to start a new fund there.</source>
            <extracomment>%1 is the path of the fund's file, which has 0 bytes</extracomment>
            <translation>The fund's database “%1” is empty: the fund it held is gone. Restore it from a backup (File ▸ Restore…), or delete the empty file to start a new fund there.</translation>
        </message>
        <message>
            <source>Loading the activity applications was cancelled.</source>
            <translation>Loading the activity applications was cancelled.</translation>
        </message>
        <message>
            <source>Loading the contributions was cancelled.</source>
            <extracomment>Not normally shown: the user cancelled loading a table</extracomment>
            <translation>Loading the contributions was cancelled.</translation>
        </message>
        <message>
            <source>Loading the disbursements was cancelled.</source>
            <translation>Loading the disbursements was cancelled.</translation>
        </message>
        <message>
            <source>The list of disbursements in the fund's database is damaged: disbursement %1 has no valid date.</source>
            <extracomment>%1 is the disbursement's number</extracomment>
            <translation>The list of disbursements in the fund's database is damaged: disbursement %1 has no valid date.</translation>
        </message>
    </context>
    <context>
        <name>FundDesk::Ui</name>
        <message>
            <source>Year of row %1</source>
            <extracomment>Accessible name of the year of a row of the amounts requested; %1 is the row number</extracomment>
            <translation>Year of row %1</translation>
        </message>
        <message>
            <source>Amount in USD of row %1</source>
            <extracomment>Accessible name of an amount requested; %1 is the row number</extracomment>
            <translation>Amount in USD of row %1</translation>
        </message>
        <message>
            <source>Amount requested for %1: %2</source>
            <extracomment>%1 is a year, %2 why its amount was refused</extracomment>
            <translation>Amount requested for %1: %2</translation>
        </message>
        <message>
            <source>Year</source>
            <extracomment>Column header of the amounts requested per year</extracomment>
            <translation>Year</translation>
        </message>
        <message>
            <source>Amount (USD)</source>
            <extracomment>Column header: the amount requested for that year</extracomment>
            <translation>Amount (USD)</translation>
        </message>
        <message>
            <source>Amount requested per year</source>
            <extracomment>Accessible name of the table of amounts requested per year</extracomment>
            <translation>Amount requested per year</translation>
        </message>
        <message>
            <source>Add Year</source>
            <extracomment>Button under the amounts table: adds the next year</extracomment>
            <translation>Add Year</translation>
        </message>
        <message>
            <source>Remove Year</source>
            <extracomment>Button under the amounts table: removes the selected year</extracomment>
            <translation>Remove Year</translation>
        </message>
        <message>
            <source>Filter States by name or code…</source>
            <extracomment>Placeholder of the filter box above the co-applicant States</extracomment>
            <translation>Filter States by name or code…</translation>
        </message>
        <message>
            <source>Filter co-applicant States</source>
            <translation>Filter co-applicant States</translation>
        </message>
        <message>
            <source>Co-applicant States</source>
            <extracomment>Accessible name of the checkable list of co-applicant States</extracomment>
            <translation>Co-applicant States</translation>
        </message>
        <message>
            <source>Activity Application %1</source>
            <translation>Activity Application %1</translation>
        </message>
        <message>
            <source>New Activity Application</source>
            <translation>New Activity Application</translation>
        </message>
        <message>
            <source>Applicant</source>
            <extracomment>Tabs of the activity application form
----------
Tabs of the sponsorship application form
----------
Column header: the applicant State (and how many co-applicants)
----------
Column header: the person who applies for sponsorship</extracomment>
            <translation>Applicant</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Dates and Budget</source>
            <translation>Dates and Budget</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Needs</translation>
        </message>
        <message>
            <source>Focus Areas</source>
            <translation>Focus Areas</translation>
        </message>
        <message>
            <source>Applicant &amp;State:</source>
            <extracomment>Form label: the government applying (¶24)</extracomment>
            <translation>Applicant &amp;State:</translation>
        </message>
        <message>
            <source>&amp;Co-applicant States:</source>
            <extracomment>Form label: other States of a regional activity</extracomment>
            <translation>&amp;Co-applicant States:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Reference:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>&amp;Implementing partners:</source>
            <extracomment>Form label: partners named at application time (¶24)</extracomment>
            <translation>&amp;Implementing partners:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <extracomment>Form label: the applicant's job title</extracomment>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation>&amp;Summary:</translation>
        </message>
        <message>
            <source>&amp;Objectives:</source>
            <translation>&amp;Objectives:</translation>
        </message>
        <message>
            <source>Expected o&amp;utputs:</source>
            <translation>Expected o&amp;utputs:</translation>
        </message>
        <message>
            <source>Expected out&amp;comes:</source>
            <translation>Expected out&amp;comes:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Start:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;End:</translation>
        </message>
        <message>
            <source>&amp;Amount requested:</source>
            <extracomment>Form label: the amount requested for each year of the activity (¶20b)</extracomment>
            <translation>&amp;Amount requested:</translation>
        </message>
        <message>
            <source>Total requested:</source>
            <translation>Total requested:</translation>
        </message>
        <message>
            <source>Funding floor:</source>
            <extracomment>Form label: whether the request is under the minimum funding floor (¶23)</extracomment>
            <translation>Funding floor:</translation>
        </message>
        <message>
            <source>Co-&amp;funding (USD):</source>
            <extracomment>Form label: money for the activity from other sources, in USD</extracomment>
            <translation>Co-&amp;funding (USD):</translation>
        </message>
        <message>
            <source>Co-funding so&amp;urce:</source>
            <translation>Co-funding so&amp;urce:</translation>
        </message>
        <message>
            <source>&amp;Needs assessment:</source>
            <extracomment>Form label: the national or regional needs assessment the activity answers (¶25a)</extracomment>
            <translation>&amp;Needs assessment:</translation>
        </message>
        <message>
            <source>Needs assessment &amp;document:</source>
            <translation>Needs assessment &amp;document:</translation>
        </message>
        <message>
            <source>&amp;Focus areas (¶26):</source>
            <extracomment>Form label above the nine check boxes of ¶26</extracomment>
            <translation>&amp;Focus areas (¶26):</translation>
        </message>
        <message>
            <source>Given automatically, such as CB-2026-014</source>
            <translation>Given automatically, such as CB-2026-014</translation>
        </message>
        <message>
            <source>Title, date or link of the document</source>
            <translation>Title, date or link of the document</translation>
        </message>
        <message>
            <source>Type a State's name…</source>
            <translation>Type a State's name…</translation>
        </message>
        <message>
            <source>Co-funding: %1</source>
            <extracomment>%1 is why the amount was refused</extracomment>
            <translation>Co-funding: %1</translation>
        </message>
        <message>
            <source>At or above the minimum funding floor (¶23).</source>
            <translation>At or above the minimum funding floor (¶23).</translation>
        </message>
        <message>
            <source>Partner %1 name</source>
            <translation>Partner %1 name</translation>
        </message>
        <message>
            <source>Partner %1 kind</source>
            <translation>Partner %1 kind</translation>
        </message>
        <message>
            <source>Name</source>
            <extracomment>Column header of the implementing partners table</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <extracomment>Column header: non-governmental entity, UN entity, …
----------
Column header: the kind of donor (Member State, foundation …)</extracomment>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Implementing partners</source>
            <extracomment>Accessible name of the table of implementing partners</extracomment>
            <translation>Implementing partners</translation>
        </message>
        <message>
            <source>Add Partner</source>
            <extracomment>Button under the implementing partners table</extracomment>
            <translation>Add Partner</translation>
        </message>
        <message>
            <source>Remove Partner</source>
            <extracomment>Button under the implementing partners table: removes the selected partner</extracomment>
            <translation>Remove Partner</translation>
        </message>
        <message>
            <source>Conditions</source>
            <extracomment>Accessible name of the text of a donor's conditions on a contribution
----------
Column header: the donor's conditions on the contribution</extracomment>
            <translation>Conditions</translation>
        </message>
        <message>
            <source>The donor's conditions, if any, as written</source>
            <extracomment>Placeholder of the conditions field</extracomment>
            <translation>The donor's conditions, if any, as written</translation>
        </message>
        <message>
            <source>These conditions restrict the money to specific activities (earmark)</source>
            <translation>These conditions restrict the money to specific activities (earmark)</translation>
        </message>
        <message>
            <source>I confirm these conditions are not an earmark (¶19)</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund: no earmarking</extracomment>
            <translation>I confirm these conditions are not an earmark (¶19)</translation>
        </message>
        <message>
            <source>(No pledge)</source>
            <extracomment>Receipt paid against a pledge: none</extracomment>
            <translation>(No pledge)</translation>
        </message>
        <message>
            <source>%1 · %2 %3</source>
            <extracomment>A pledge in a list: %1 its date, %2 its amount, %3 its reference (may be empty)</extracomment>
            <translation>%1 · %2 %3</translation>
        </message>
        <message>
            <source>—</source>
            <extracomment>Shown instead of the USD value while the amount or rate is not complete</extracomment>
            <translation>—</translation>
        </message>
        <message>
            <source>USD value: %1</source>
            <extracomment>Accessible name; %1 is an amount such as USD 1,000.00</extracomment>
            <translation>USD value: %1</translation>
        </message>
        <message>
            <source>Add Contribution</source>
            <translation>Add Contribution</translation>
        </message>
        <message>
            <source>Edit Receipt</source>
            <translation>Edit Receipt</translation>
        </message>
        <message>
            <source>Edit Pledge</source>
            <translation>Edit Pledge</translation>
        </message>
        <message>
            <source>&amp;Donor:</source>
            <extracomment>Form label: who gives the contribution</extracomment>
            <translation>&amp;Donor:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <extracomment>Form label: pledge or receipt</extracomment>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <extracomment>Form label: the date of the pledge, or the day the money was received</extracomment>
            <translation>D&amp;ate:</translation>
        </message>
        <message>
            <source>A&amp;mount:</source>
            <extracomment>Form label: the amount in the donor's currency</extracomment>
            <translation>A&amp;mount:</translation>
        </message>
        <message>
            <source>&amp;Currency:</source>
            <extracomment>Form label: the ISO currency code of the amount</extracomment>
            <translation>&amp;Currency:</translation>
        </message>
        <message>
            <source>&amp;Rate to USD:</source>
            <extracomment>Form label: US dollars per unit of the currency, as used on the day</extracomment>
            <translation>&amp;Rate to USD:</translation>
        </message>
        <message>
            <source>USD value:</source>
            <extracomment>Form label: the amount converted to US dollars</extracomment>
            <translation>USD value:</translation>
        </message>
        <message>
            <source>Against &amp;pledge:</source>
            <extracomment>Form label: the pledge a receipt pays (optional)</extracomment>
            <translation>Against &amp;pledge:</translation>
        </message>
        <message>
            <source>C&amp;onditions:</source>
            <extracomment>Form label: the donor's conditions on the contribution (¶19)</extracomment>
            <translation>C&amp;onditions:</translation>
        </message>
        <message>
            <source>R&amp;eference:</source>
            <extracomment>Form label: a reference such as a bank transfer number</extracomment>
            <translation>R&amp;eference:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <extracomment>Form label: free notes</extracomment>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <source>&amp;Schedule (optional):</source>
            <extracomment>Form label: the expected payments of a multi-year pledge (¶20b)</extracomment>
            <translation>&amp;Schedule (optional):</translation>
        </message>
        <message>
            <source>Reason for the c&amp;hange:</source>
            <extracomment>Form label: why a received contribution is being changed</extracomment>
            <translation>Reason for the c&amp;hange:</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <extracomment>Placeholder of the amount field; %1 is an example amount in the user's locale</extracomment>
            <translation>e.g. %1</translation>
        </message>
        <message>
            <source>Required: why the received record changes</source>
            <extracomment>Placeholder of the reason field when a received contribution is edited</extracomment>
            <translation>Required: why the received record changes</translation>
        </message>
        <message>
            <source>Enter the rate to US dollars used on the day: how many USD one %1 was worth, for example 1.08.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>Enter the rate to US dollars used on the day: how many USD one %1 was worth, for example 1.08.</translation>
        </message>
        <message>
            <source>No donor is called “%1”. Choose the donor from the list, or add the donor first.</source>
            <extracomment>%1 is the text typed in the donor field</extracomment>
            <translation>No donor is called “%1”. Choose the donor from the list, or add the donor first.</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose the currency from the list.</source>
            <extracomment>%1 is what was typed as a currency code</extracomment>
            <translation>“%1” is not a known ISO 4217 currency code. Choose the currency from the list.</translation>
        </message>
        <message>
            <source>Enter the amount the donor gives, in %1.</source>
            <translation>Enter the amount the donor gives, in %1.</translation>
        </message>
        <message>
            <source>Contribution History</source>
            <extracomment>Title of the window listing a contribution's earlier states</extracomment>
            <translation>Contribution History</translation>
        </message>
        <message>
            <source>This contribution has not been changed since it was recorded.</source>
            <translation>This contribution has not been changed since it was recorded.</translation>
        </message>
        <message>
            <source>Earlier states of this contribution, oldest first. Each row shows the record as it was before the change.</source>
            <translation>Earlier states of this contribution, oldest first. Each row shows the record as it was before the change.</translation>
        </message>
        <message>
            <source>Changed</source>
            <extracomment>Column header: when a contribution was changed
----------
what happened to a record, in its history</extracomment>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Reason</source>
            <extracomment>Column header: why a contribution was changed</extracomment>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>Column header: the date of a pledge or receipt</extracomment>
            <translation>Date</translation>
        </message>
        <message>
            <source>Type</source>
            <extracomment>Column header: pledge or receipt</extracomment>
            <translation>Type</translation>
        </message>
        <message>
            <source>Amount</source>
            <extracomment>Column header in a pledge's schedule of payments: the amount in the pledge's currency
----------
Column header: the amount in the donor's currency</extracomment>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Rate to USD</source>
            <extracomment>Column header: the exchange rate to US dollars used for the contribution</extracomment>
            <translation>Rate to USD</translation>
        </message>
        <message>
            <source>USD value</source>
            <extracomment>Column header: the contribution's value in US dollars</extracomment>
            <translation>USD value</translation>
        </message>
        <message>
            <source>Reference</source>
            <extracomment>Column header: the application's reference such as CB-2026-014
----------
Column header: a reference such as a bank transfer number</extracomment>
            <translation>Reference</translation>
        </message>
        <message>
            <source>(None)</source>
            <extracomment>Country of a non-State donor: none chosen</extracomment>
            <translation>(None)</translation>
        </message>
        <message>
            <source>Edit Donor</source>
            <translation>Edit Donor</translation>
        </message>
        <message>
            <source>Add Donor</source>
            <translation>Add Donor</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <extracomment>Form label: what kind of donor (Member State, foundation …)</extracomment>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <extracomment>Form label: the donor State, chosen from the reference list</extracomment>
            <translation>&amp;State:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <extracomment>Form label: the name of a non-State donor</extracomment>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Country (optional):</source>
            <extracomment>Form label: the country a non-State donor is based in (optional)</extracomment>
            <translation>&amp;Country (optional):</translation>
        </message>
        <message>
            <source>&amp;Due diligence:</source>
            <extracomment>Form label: the UN's due-diligence clearance of the donor (¶14)</extracomment>
            <translation>&amp;Due diligence:</translation>
        </message>
        <message>
            <source>Decision &amp;date:</source>
            <extracomment>Form label: the date the due-diligence decision was taken</extracomment>
            <translation>Decision &amp;date:</translation>
        </message>
        <message>
            <source>Decision n&amp;ote:</source>
            <extracomment>Form label: a note on the due-diligence decision</extracomment>
            <translation>Decision n&amp;ote:</translation>
        </message>
        <message>
            <source>Con&amp;tact:</source>
            <extracomment>Form label: the donor's contact person or address</extracomment>
            <translation>Con&amp;tact:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <extracomment>Form label: free notes on the donor</extracomment>
            <translation>N&amp;otes:</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <extracomment>Accessible name of a form's error message; %1 is the message</extracomment>
            <translation>Error: %1</translation>
        </message>
        <message>
            <source>Publication</source>
            <extracomment>Title of the choice of publication consent (¶17)
----------
Column header: whether the donor agreed to publication (¶17)</extracomment>
            <translation>Publication</translation>
        </message>
        <message>
            <source>Received contributions are published on the fund's page unless the donor asks otherwise (¶17).</source>
            <extracomment>¶17 is a paragraph of the report that set up the fund</extracomment>
            <translation>Received contributions are published on the fund's page unless the donor asks otherwise (¶17).</translation>
        </message>
        <message>
            <source>Scheduled payment %1: %2</source>
            <extracomment>%1 is the number of the payment (1, 2, 3 …), %2 why its amount was refused</extracomment>
            <translation>Scheduled payment %1: %2</translation>
        </message>
        <message>
            <source>Due date</source>
            <extracomment>Column header in a pledge's schedule of payments</extracomment>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Schedule of payments</source>
            <extracomment>Accessible name of the table of a pledge's expected payments</extracomment>
            <translation>Schedule of payments</translation>
        </message>
        <message>
            <source>Add Payment</source>
            <extracomment>Button: add an expected payment to a pledge's schedule</extracomment>
            <translation>Add Payment</translation>
        </message>
        <message>
            <source>Remove Payment</source>
            <extracomment>Button: remove the selected payment from a pledge's schedule</extracomment>
            <translation>Remove Payment</translation>
        </message>
        <message>
            <source>Due date of payment %1</source>
            <extracomment>Accessible name; %1 is the number of the payment: 1, 2, 3 …</extracomment>
            <translation>Due date of payment %1</translation>
        </message>
        <message>
            <source>Amount of payment %1</source>
            <extracomment>Accessible name; %1 is the number of the payment: 1, 2, 3 …</extracomment>
            <translation>Amount of payment %1</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <extracomment>One point of the 0–5 scale: %1 the score, %2 its name, %3 what it means</extracomment>
            <translation>%1 %2: %3</translation>
        </message>
        <message>
            <source>not scored</source>
            <extracomment>Beside a score that is not chosen yet</extracomment>
            <translation>not scored</translation>
        </message>
        <message>
            <source>Score each criterion from 0 to 5:
%1</source>
            <extracomment>Above the scores: the meaning of each point of the scale, one per line</extracomment>
            <translation>Score each criterion from 0 to 5:
%1</translation>
        </message>
        <message>
            <source>(%1) %2</source>
            <extracomment>A criterion of ¶25 with its letter: "(a) Needs assessment"
----------
A focus area of ¶26 with its letter: "(c) ICT incident management and response …"</extracomment>
            <translation>(%1) %2</translation>
        </message>
        <message>
            <source>–</source>
            <extracomment>Shown in a score box before a score is chosen</extracomment>
            <translation>–</translation>
        </message>
        <message>
            <source>Score for %1</source>
            <extracomment>Accessible name of a score box; %1 is the criterion</extracomment>
            <translation>Score for %1</translation>
        </message>
        <message>
            <source>Score Application %1</source>
            <extracomment>Title of the scoring dialog; %1 is the application's reference</extracomment>
            <translation>Score Application %1</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <extracomment>%1 reference, %2 title, %3 applicant State (and co-applicants)</extracomment>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <source>&amp;Reviewer:</source>
            <translation>&amp;Reviewer:</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>Name of the reviewer</source>
            <translation>Name of the reviewer</translation>
        </message>
        <message>
            <source>Before scoring, declare whether you have a conflict of interest with this application. A reviewer with a conflict does not score it and is left out of its aggregate score.</source>
            <translation>Before scoring, declare whether you have a conflict of interest with this application. A reviewer with a conflict does not score it and is left out of its aggregate score.</translation>
        </message>
        <message>
            <source>I have &amp;no conflict of interest with this application</source>
            <translation>I have &amp;no conflict of interest with this application</translation>
        </message>
        <message>
            <source>I have a conflict of &amp;interest and recuse myself</source>
            <translation>I have a conflict of &amp;interest and recuse myself</translation>
        </message>
        <message>
            <source>Nature of the &amp;conflict (required with a conflict):</source>
            <extracomment>Label of the note explaining a declared conflict of interest</extracomment>
            <translation>Nature of the &amp;conflict (required with a conflict):</translation>
        </message>
        <message>
            <source>Nature of the conflict</source>
            <translation>Nature of the conflict</translation>
        </message>
        <message>
            <source>&amp;Justification (required):</source>
            <translation>&amp;Justification (required):</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Record the declaration and, without a conflict, the scores</source>
            <translation>Record the declaration and, without a conflict, the scores</translation>
        </message>
        <message>
            <source>%1 has already declared for this application: saving changes that review.</source>
            <extracomment>%1 is a reviewer's name</extracomment>
            <translation>%1 has already declared for this application: saving changes that review.</translation>
        </message>
        <message>
            <source>Reviews of this application: %1</source>
            <extracomment>%1 the aggregate with its spread and reviewer counts</extracomment>
            <translation>Reviews of this application: %1</translation>
        </message>
        <message>
            <source>Conflict of interest: declare first whether you have a conflict of interest with this application.</source>
            <translation>Conflict of interest: declare first whether you have a conflict of interest with this application.</translation>
        </message>
        <message>
            <source>The conflict of interest of %1 is recorded: %1 does not score this application and is left out of its aggregate.</source>
            <extracomment>%1 is a reviewer's name</extracomment>
            <translation>The conflict of interest of %1 is recorded: %1 does not score this application and is left out of its aggregate.</translation>
        </message>
        <message>
            <source>The scores of %1 are saved.</source>
            <translation>The scores of %1 are saved.</translation>
        </message>
        <message>
            <source>Fund operational</source>
            <extracomment>Accessible name of the fund status icon</extracomment>
            <translation>Fund operational</translation>
        </message>
        <message>
            <source>Fund status: %1</source>
            <extracomment>Accessible name of the fund status; %1 is the status text
----------
Accessible name of the fund status banner; %1 is the status text</extracomment>
            <translation>Fund status: %1</translation>
        </message>
        <message>
            <source>Warning</source>
            <extracomment>Accessible name of the fund status icon when the fund is not operational</extracomment>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Warning, fund not operational: %1</source>
            <extracomment>Accessible name of the fund status when the fund is not operational; %1 is the status
----------
Accessible name of the status banner when the fund is not operational; %1 the status</extracomment>
            <translation>Warning, fund not operational: %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <extracomment>Menu title; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <extracomment>Menu title listing the pages; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <extracomment>Menu title; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;New fund…</source>
            <extracomment>File menu: create a new fund database</extracomment>
            <translation>&amp;New fund…</translation>
        </message>
        <message>
            <source>Create a new, empty fund database</source>
            <translation>Create a new, empty fund database</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <extracomment>File menu: open an existing fund database</extracomment>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open an existing fund database</source>
            <translation>Open an existing fund database</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <extracomment>File menu: save a copy of the open fund database</extracomment>
            <translation>&amp;Back up…</translation>
        </message>
        <message>
            <source>Save a copy of the open fund database</source>
            <translation>Save a copy of the open fund database</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <extracomment>File menu: leave the application</extracomment>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Close FundDesk</source>
            <translation>Close FundDesk</translation>
        </message>
        <message>
            <source>&amp;About FundDesk</source>
            <extracomment>Help menu</extracomment>
            <translation>&amp;About FundDesk</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <extracomment>Help menu</extracomment>
            <translation>About &amp;Qt</translation>
        </message>
        <message>
            <source>Current page</source>
            <extracomment>Accessible name of the area that shows the current page</extracomment>
            <translation>Current page</translation>
        </message>
        <message>
            <source>Page list and current page</source>
            <extracomment>Accessible name of the area holding the page list and the current page</extracomment>
            <translation>Page list and current page</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>Accessible name of the status bar at the bottom of the main window
----------
Column header: where the application stands in the workflow</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Menu</source>
            <extracomment>Accessible name of the menu bar</extracomment>
            <translation>Menu</translation>
        </message>
        <message>
            <source>No fund open</source>
            <extracomment>Status bar, when no fund database is open</extracomment>
            <translation>No fund open</translation>
        </message>
        <message>
            <source>FundDesk — %1</source>
            <extracomment>Window title; %1 is the file name of the open fund database</extracomment>
            <translation>FundDesk — %1</translation>
        </message>
        <message>
            <source>Fund file: %1</source>
            <extracomment>Status bar; %1 is the file name of the open fund database</extracomment>
            <translation>Fund file: %1</translation>
        </message>
        <message>
            <source>Open fund file</source>
            <extracomment>Accessible name of the status bar label with the open database</extracomment>
            <translation>Open fund file</translation>
        </message>
        <message>
            <source>Open fund</source>
            <extracomment>Title of the file dialog that opens a fund database</extracomment>
            <translation>Open fund</translation>
        </message>
        <message>
            <source>Back up fund</source>
            <extracomment>Title of the file dialog that saves a backup copy of the fund database</extracomment>
            <translation>Back up fund</translation>
        </message>
        <message>
            <source>FundDesk %1</source>
            <extracomment>Heading of the About box; %1 is the version number</extracomment>
            <translation>FundDesk %1</translation>
        </message>
        <message>
            <source>FundDesk helps the manager of the UN Voluntary Fund for ICT-security capacity building record contributions, review applications and report on spending, offline on a laptop.</source>
            <translation>FundDesk helps the manager of the UN Voluntary Fund for ICT-security capacity building record contributions, review applications and report on spending, offline on a laptop.</translation>
        </message>
        <message>
            <source>About FundDesk</source>
            <extracomment>Title of the About box</extracomment>
            <translation>About FundDesk</translation>
        </message>
        <message>
            <source>Fund databases (*.funddesk *.sqlite)</source>
            <extracomment>File dialog filter; keep the patterns in parentheses unchanged</extracomment>
            <translation>Fund databases (*.funddesk *.sqlite)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <extracomment>File dialog filter; keep the pattern in parentheses unchanged</extracomment>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>Accessible name of the list of pages on the side of the main window</extracomment>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Choose the page to show. %1 to %2 jump to a page directly.</source>
            <extracomment>%1 and %2 are keyboard shortcuts, e.g. Ctrl+1 and Ctrl+7</extracomment>
            <translation>Choose the page to show. %1 to %2 jump to a page directly.</translation>
        </message>
        <message>
            <source>Below floor</source>
            <extracomment>Table cell: the request is under the ¶23 minimum funding floor</extracomment>
            <translation>Below floor</translation>
        </message>
        <message>
            <source>Title</source>
            <extracomment>Column header: the title of the capacity-building activity</extracomment>
            <translation>Title</translation>
        </message>
        <message>
            <source>Region</source>
            <extracomment>Column header: the M49 region of the applicant State
----------
Column header: the geographic region of the donor's country
----------
Column header: the M49 region of the State</extracomment>
            <translation>Region</translation>
        </message>
        <message>
            <source>Focus areas</source>
            <extracomment>Column header: the letters of the ¶26 focus areas, a to i</extracomment>
            <translation>Focus areas</translation>
        </message>
        <message>
            <source>Years</source>
            <extracomment>Column header: the years the activity runs</extracomment>
            <translation>Years</translation>
        </message>
        <message>
            <source>Requested (USD)</source>
            <extracomment>Column header: the total amount requested, in US dollars</extracomment>
            <translation>Requested (USD)</translation>
        </message>
        <message>
            <source>Score</source>
            <extracomment>Column header: the aggregate review score, 0 to 5
----------
Column header: the reviewer's score, 0 to 100</extracomment>
            <translation>Score</translation>
        </message>
        <message>
            <source>Spread</source>
            <extracomment>Column header: the difference between the highest and lowest reviewer's score</extracomment>
            <translation>Spread</translation>
        </message>
        <message>
            <source>Floor</source>
            <extracomment>Column header: whether the request is under the minimum funding floor (¶23)</extracomment>
            <translation>Floor</translation>
        </message>
        <message>
            <source>, </source>
            <extracomment>Separator between the focus-area letters in a table cell: "a, c, f"</extracomment>
            <translation>, </translation>
        </message>
        <message>
            <source>%1–%2</source>
            <extracomment>The years an activity runs: %1 the first year, %2 the last (2026–2027)</extracomment>
            <translation>%1–%2</translation>
        </message>
        <message numerus="yes">
            <source>%1 + %Ln</source>
            <extracomment>The applicant State and how many co-applicant States join it: "Kenya + 2"</extracomment>
            <translation>
                <numerusform>%1 + %Ln</numerusform>
                <numerusform>%1 + %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reviewer(s) scored</source>
            <extracomment>Part of the review summary of an application</extracomment>
            <translation>
                <numerusform>%n reviewer scored</numerusform>
                <numerusform>%n reviewers scored</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recused</source>
            <extracomment>Part of the review summary: reviewers who declared a conflict of interest</extracomment>
            <translation>
                <numerusform>%n recused</numerusform>
                <numerusform>%n recused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <extracomment>Part of the review summary: reviewers who declared no conflict and have not scored yet</extracomment>
            <translation>
                <numerusform>%n pending</numerusform>
                <numerusform>%n pending</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <extracomment>The review summary: %1 scored, %2 recused, %3 pending reviewers
----------
The totals line: the shown applications and cost, the women, those meeting ¶21</extracomment>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>Not scored yet (%1).</source>
            <extracomment>%1 is the review summary ("0 reviewers scored · 1 recused · 0 pending")</extracomment>
            <translation>Not scored yet (%1).</translation>
        </message>
        <message>
            <source>Aggregate score %1 out of 5, spread %2 (%3).</source>
            <extracomment>%1 the aggregate score (0–5, such as 3.20), %2 the spread between reviewers (0.80), %3 the review summary</extracomment>
            <translation>Aggregate score %1 out of 5, spread %2 (%3).</translation>
        </message>
        <message>
            <source>Donor</source>
            <extracomment>Column header: who gave the contribution
----------
Column header: the donor's name</extracomment>
            <translation>Donor</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <extracomment>Due-diligence status and the date it was decided, e.g. "Cleared, 3/4/25"</extracomment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Country</source>
            <extracomment>Column header: the donor's country</extracomment>
            <translation>Country</translation>
        </message>
        <message>
            <source>Due diligence</source>
            <extracomment>Column header: the UN's due-diligence clearance of the donor (¶14)</extracomment>
            <translation>Due diligence</translation>
        </message>
        <message>
            <source>Received (USD)</source>
            <extracomment>Column header: total money received from the donor, in US dollars</extracomment>
            <translation>Received (USD)</translation>
        </message>
        <message>
            <source>Outstanding pledges (USD)</source>
            <extracomment>Column header: money pledged by the donor and not yet received, in US dollars</extracomment>
            <translation>Outstanding pledges (USD)</translation>
        </message>
        <message>
            <source>%1 %</source>
            <extracomment>A share of a total: %1 is a number such as 23.5
----------
a percentage; %1 is the localized number</extracomment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Equal share</source>
            <extracomment>The last line of the geographic balance: the total divided equally</extracomment>
            <translation>Equal share</translation>
        </message>
        <message>
            <source>%1 of the total; the dashed line is the equal share, %2.</source>
            <extracomment>Tooltip of a bar: %1 the line's share, %2 the equal share, both percentages</extracomment>
            <translation>%1 of the total; the dashed line is the equal share, %2.</translation>
        </message>
        <message>
            <source>M49 region</source>
            <extracomment>Column header of the geographic balance: an M49 region or a UN regional group</extracomment>
            <translation>M49 region</translation>
        </message>
        <message>
            <source>Regional group</source>
            <translation>Regional group</translation>
        </message>
        <message>
            <source>Applications</source>
            <extracomment>Column header: number of applications with a State in the region
----------
Tab of the Activities page: the table of applications</extracomment>
            <translation>Applications</translation>
        </message>
        <message>
            <source>Share of requested</source>
            <extracomment>Column header: a bar of the region's share of all requested amounts</extracomment>
            <translation>Share of requested</translation>
        </message>
        <message>
            <source>Recommended (USD)</source>
            <extracomment>Column header: amounts recommended, approved, active or completed</extracomment>
            <translation>Recommended (USD)</translation>
        </message>
        <message>
            <source>Share of recommended</source>
            <translation>Share of recommended</translation>
        </message>
        <message>
            <source>▼ The available balance of %1 runs out here: the applications below do not fit.</source>
            <extracomment>Marker row of the ranking: %1 is the fund's available balance such as USD 1,200,000.00</extracomment>
            <translation>▼ The available balance of %1 runs out here: the applications below do not fit.</translation>
        </message>
        <message>
            <source>Below floor: not counted</source>
            <extracomment>Ranking: the request is under the ¶23 floor, so it is not added to the running total</extracomment>
            <translation>Below floor: not counted</translation>
        </message>
        <message>
            <source>Not scored: not counted</source>
            <extracomment>Ranking: no reviewer has scored the application, so it is not counted</extracomment>
            <translation>Not scored: not counted</translation>
        </message>
        <message>
            <source>Within balance</source>
            <extracomment>Ranking: the running total is within (or beyond) the available balance</extracomment>
            <translation>Within balance</translation>
        </message>
        <message>
            <source>Beyond balance</source>
            <translation>Beyond balance</translation>
        </message>
        <message>
            <source>Rank</source>
            <extracomment>Column header: the position in the ranking by aggregate score</extracomment>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Running total (USD)</source>
            <extracomment>Column header: the sum requested by this and every counted application above it</extracomment>
            <translation>Running total (USD)</translation>
        </message>
        <message>
            <source>Against balance</source>
            <extracomment>Column header: whether the running total is within the available balance</extracomment>
            <translation>Against balance</translation>
        </message>
        <message>
            <source>Donors and contributions</source>
            <extracomment>Accessible name of the Donors &amp; Contributions page</extracomment>
            <translation>Donors and contributions</translation>
        </message>
        <message>
            <source>Contributions</source>
            <extracomment>Heading of the contributions table: pledges and receipts</extracomment>
            <translation>Contributions</translation>
        </message>
        <message numerus="yes">
            <source>%n contribution(s) shown · received %1 · pledged %2</source>
            <extracomment>Totals under the contributions table; %1 and %2 are amounts such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>%n contribution shown · received %1 · pledged %2</numerusform>
                <numerusform>%n contributions shown · received %1 · pledged %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit Contribution</source>
            <translation>Edit Contribution</translation>
        </message>
        <message>
            <source>Delete the receipt of %1 from %2 dated %3? Its last state is kept in the contribution history.</source>
            <extracomment>%1 is an amount such as EUR 1,000.00, %2 the donor, %3 a date</extracomment>
            <translation>Delete the receipt of %1 from %2 dated %3? Its last state is kept in the contribution history.</translation>
        </message>
        <message>
            <source>Delete the pledge of %1 from %2 dated %3?</source>
            <extracomment>%1 is an amount such as EUR 1,000.00, %2 the donor, %3 a date</extracomment>
            <translation>Delete the pledge of %1 from %2 dated %3?</translation>
        </message>
        <message>
            <source>Delete Contribution</source>
            <translation>Delete Contribution</translation>
        </message>
        <message>
            <source>Deleted by the fund manager</source>
            <extracomment>Reason kept in a contribution's history when it is deleted from the table</extracomment>
            <translation>Deleted by the fund manager</translation>
        </message>
        <message>
            <source>Add contribution</source>
            <translation>Add contribution</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt (Insert)</source>
            <translation>Record a pledge or a receipt (Insert)</translation>
        </message>
        <message>
            <source>Edit contribution</source>
            <translation>Edit contribution</translation>
        </message>
        <message>
            <source>Edit the selected contribution (Enter)</source>
            <translation>Edit the selected contribution (Enter)</translation>
        </message>
        <message>
            <source>Delete contribution</source>
            <translation>Delete contribution</translation>
        </message>
        <message>
            <source>Delete the selected contribution (Del)</source>
            <translation>Delete the selected contribution (Del)</translation>
        </message>
        <message>
            <source>Contribution history</source>
            <translation>Contribution history</translation>
        </message>
        <message>
            <source>Donors</source>
            <extracomment>Heading of the donors table</extracomment>
            <translation>Donors</translation>
        </message>
        <message numerus="yes">
            <source>%n donor(s) shown · received %1 · outstanding pledges %2</source>
            <extracomment>Totals under the donors table; %1 and %2 are amounts such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>%n donor shown · received %1 · outstanding pledges %2</numerusform>
                <numerusform>%n donors shown · received %1 · outstanding pledges %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Donor</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>Delete Donor</translation>
        </message>
        <message>
            <source>Delete the donor “%1”? This cannot be undone.</source>
            <translation>Delete the donor “%1”? This cannot be undone.</translation>
        </message>
        <message>
            <source>Add donor</source>
            <translation>Add donor</translation>
        </message>
        <message>
            <source>Add a donor (Insert)</source>
            <translation>Add a donor (Insert)</translation>
        </message>
        <message>
            <source>Edit donor</source>
            <translation>Edit donor</translation>
        </message>
        <message>
            <source>Edit the selected donor (Enter)</source>
            <translation>Edit the selected donor (Enter)</translation>
        </message>
        <message>
            <source>Delete donor</source>
            <translation>Delete donor</translation>
        </message>
        <message>
            <source>Delete the selected donor (Del)</source>
            <translation>Delete the selected donor (Del)</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <extracomment>Main window page: overview of the fund</extracomment>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Key figures of the fund at a glance</source>
            <translation>Key figures of the fund at a glance</translation>
        </message>
        <message>
            <source>Key figures for the year, the fund's size against the USD 2 million and USD 5 million scenarios, and spending by region.</source>
            <translation>Key figures for the year, the fund's size against the USD 2 million and USD 5 million scenarios, and spending by region.</translation>
        </message>
        <message>
            <source>Donors &amp; Contributions</source>
            <extracomment>Main window page: donors and the money they give</extracomment>
            <translation>Donors &amp; Contributions</translation>
        </message>
        <message>
            <source>Donors, pledges and received contributions</source>
            <translation>Donors, pledges and received contributions</translation>
        </message>
        <message>
            <source>Member States and non-governmental donors, their pledges and payments, due-diligence clearance and whether each contribution may be published.</source>
            <translation>Member States and non-governmental donors, their pledges and payments, due-diligence clearance and whether each contribution may be published.</translation>
        </message>
        <message>
            <source>Sponsorships</source>
            <extracomment>Main window page: travel sponsorships of representatives and experts</extracomment>
            <translation>Sponsorships</translation>
        </message>
        <message>
            <source>Applications to sponsor representatives and experts</source>
            <translation>Applications to sponsor representatives and experts</translation>
        </message>
        <message>
            <source>Applications from representatives and experts to attend the sessions, checked against the eligibility criteria, with gender balance and geographic diversity of the selection.</source>
            <translation>Applications from representatives and experts to attend the sessions, checked against the eligibility criteria, with gender balance and geographic diversity of the selection.</translation>
        </message>
        <message>
            <source>Activities</source>
            <extracomment>Main window page: capacity-building activities funded by the fund</extracomment>
            <translation>Activities</translation>
        </message>
        <message>
            <source>Capacity-building activities and their proposals</source>
            <translation>Capacity-building activities and their proposals</translation>
        </message>
        <message>
            <source>Proposals for capacity-building activities from governments and their implementing partners, scored against the selection criteria and focus areas.</source>
            <translation>Proposals for capacity-building activities from governments and their implementing partners, scored against the selection criteria and focus areas.</translation>
        </message>
        <message>
            <source>Disbursements</source>
            <extracomment>Main window page: payments made by the fund</extracomment>
            <translation>Disbursements</translation>
        </message>
        <message>
            <source>Payments for approved sponsorships and activities</source>
            <translation>Payments for approved sponsorships and activities</translation>
        </message>
        <message>
            <source>Payments made for sponsorships and activities approved by the High Representative, and the balance left in the fund.</source>
            <translation>Payments made for sponsorships and activities approved by the High Representative, and the balance left in the fund.</translation>
        </message>
        <message>
            <source>Reports</source>
            <extracomment>Main window page: printable reports and approval packets</extracomment>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Reports, charts and approval packets</source>
            <translation>Reports, charts and approval packets</translation>
        </message>
        <message>
            <source>Reports on contributions and spending, charts of spending by region, and PDF approval packets for the High Representative's signature.</source>
            <translation>Reports on contributions and spending, charts of spending by region, and PDF approval packets for the High Representative's signature.</translation>
        </message>
        <message>
            <source>Settings</source>
            <extracomment>Main window page: application and fund settings</extracomment>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Fund threshold, currencies and language</source>
            <translation>Fund threshold, currencies and language</translation>
        </message>
        <message>
            <source>The fund's operational threshold, exchange rates, how staff costs are paid, and the language of the application.</source>
            <translation>The fund's operational threshold, exchange rates, how staff costs are paid, and the language of the application.</translation>
        </message>
        <message>
            <source>About this page</source>
            <extracomment>Accessible name of the paragraph that describes a page not yet built</extracomment>
            <translation>About this page</translation>
        </message>
        <message>
            <source>Fund Settings</source>
            <extracomment>Heading of the Settings page</extracomment>
            <translation>Fund Settings</translation>
        </message>
        <message>
            <source>Fund &amp;name:</source>
            <extracomment>Form label: the fund's name, shown on reports</extracomment>
            <translation>Fund &amp;name:</translation>
        </message>
        <message>
            <source>Operational &amp;threshold (USD):</source>
            <extracomment>Form label: ¶16 minimum of receipts before the fund operates</extracomment>
            <translation>Operational &amp;threshold (USD):</translation>
        </message>
        <message>
            <source>Threshold &amp;announced:</source>
            <extracomment>Form label: when donors were told the threshold</extracomment>
            <translation>Threshold &amp;announced:</translation>
        </message>
        <message>
            <source>Staff costs:</source>
            <extracomment>Form label: where the salaries of the fund's two posts are paid from (¶15)</extracomment>
            <translation>Staff costs:</translation>
        </message>
        <message>
            <source>Annual cost of the &amp;P post (USD):</source>
            <extracomment>Form label: annual cost of the Professional (P) post</extracomment>
            <translation>Annual cost of the &amp;P post (USD):</translation>
        </message>
        <message>
            <source>Annual cost of the &amp;GS post (USD):</source>
            <extracomment>Form label: annual cost of the General Service (GS) post</extracomment>
            <translation>Annual cost of the &amp;GS post (USD):</translation>
        </message>
        <message>
            <source>Activity funding &amp;floor (USD):</source>
            <extracomment>Form label: ¶23 minimum funding of an activity</extracomment>
            <translation>Activity funding &amp;floor (USD):</translation>
        </message>
        <message>
            <source>Announced on</source>
            <extracomment>Check box before the date the threshold was announced to donors</extracomment>
            <translation>Announced on</translation>
        </message>
        <message>
            <source>Threshold announced</source>
            <translation>Threshold announced</translation>
        </message>
        <message>
            <source>Date the threshold was announced</source>
            <translation>Date the threshold was announced</translation>
        </message>
        <message>
            <source>Charged to the regular budget</source>
            <extracomment>Staff costs option (¶15)</extracomment>
            <translation>Charged to the regular budget</translation>
        </message>
        <message>
            <source>Charged to voluntary contributions</source>
            <extracomment>Staff costs option (¶15)</extracomment>
            <translation>Charged to voluntary contributions</translation>
        </message>
        <message>
            <source>¶15: the fund has a Professional (P) post and a General Service (GS) post. When they are charged to voluntary contributions, their annual cost is set aside from the money received before any sponsorship or activity; under the regular budget, contributions go to sponsorships and activities only.</source>
            <extracomment>¶15 is a paragraph of the report that set up the fund</extracomment>
            <translation>¶15: the fund has a Professional (P) post and a General Service (GS) post. When they are charged to voluntary contributions, their annual cost is set aside from the money received before any sponsorship or activity; under the regular budget, contributions go to sponsorships and activities only.</translation>
        </message>
        <message>
            <source>¶23: the least an activity must be funded with; activities below it are not approved.</source>
            <extracomment>¶23 is a paragraph of the report that set up the fund</extracomment>
            <translation>¶23: the least an activity must be funded with; activities below it are not approved.</translation>
        </message>
        <message>
            <source>&amp;Save Settings</source>
            <extracomment>Button on the Settings page</extracomment>
            <translation>&amp;Save Settings</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <extracomment>Shown beside the Save button once the settings are stored</extracomment>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <source>Filter by name, kind, country, region, year…</source>
            <extracomment>Placeholder of the filter box above a table</extracomment>
            <translation>Filter by name, kind, country, region, year…</translation>
        </message>
        <message>
            <source>Filter %1</source>
            <extracomment>Accessible name of the filter box above a table; %1 is the table's title</extracomment>
            <translation>Filter %1</translation>
        </message>
        <message>
            <source>Totals</source>
            <extracomment>Accessible name of the line of totals under a table</extracomment>
            <translation>Totals</translation>
        </message>
        <message>
            <source>No co-applicant State: a national activity.</source>
            <extracomment>Under the co-applicant list when no State is ticked</extracomment>
            <translation>No co-applicant State: a national activity.</translation>
        </message>
        <message numerus="yes">
            <source>%n co-applicant State(s) chosen: %1</source>
            <extracomment>Under the co-applicant list: %1 lists the ticked States' names</extracomment>
            <translation>
                <numerusform>%n co-applicant State chosen: %1</numerusform>
                <numerusform>%n co-applicant States chosen: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Governance Consultation</source>
            <translation>Governance Consultation</translation>
        </message>
        <message>
            <source>&amp;Date of the consultation:</source>
            <extracomment>Form label: the day the governance structure was consulted (¶18)</extracomment>
            <translation>&amp;Date of the consultation:</translation>
        </message>
        <message>
            <source>&amp;Participants: States and members who took part, one per line:</source>
            <translation>&amp;Participants: States and members who took part, one per line:</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>&amp;Advice per application:</source>
            <translation>&amp;Advice per application:</translation>
        </message>
        <message>
            <source>Advice per application</source>
            <translation>Advice per application</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Date of the consultation</source>
            <translation>Date of the consultation</translation>
        </message>
        <message>
            <source>Stance</source>
            <extracomment>Column header: where the governance structure stands on the application</extracomment>
            <translation>Stance</translation>
        </message>
        <message>
            <source>Advice</source>
            <extracomment>Column header: the advice given, in words</extracomment>
            <translation>Advice</translation>
        </message>
        <message>
            <source>Not discussed</source>
            <extracomment>First choice of the stance combo: the application was not on the agenda</extracomment>
            <translation>Not discussed</translation>
        </message>
        <message>
            <source>Stance on %1</source>
            <extracomment>Accessible name of a stance box; %1 is the application's reference</extracomment>
            <translation>Stance on %1</translation>
        </message>
        <message>
            <source>Advice on %1</source>
            <extracomment>Accessible name of an advice box; %1 is the application's reference</extracomment>
            <translation>Advice on %1</translation>
        </message>
        <message>
            <source>Step 1: conflict of interest</source>
            <extracomment>Group title: the first step of a review</extracomment>
            <translation>Step 1: conflict of interest</translation>
        </message>
        <message>
            <source>Step 2: scores (¶25)</source>
            <extracomment>Group title: the second step of a review</extracomment>
            <translation>Step 2: scores (¶25)</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <extracomment>File menu: replace the open fund with a backup copy</extracomment>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <source>Replace the fund with a backup, after checking it</source>
            <translation>Replace the fund with a backup, after checking it</translation>
        </message>
        <message>
            <source>&amp;Manual</source>
            <extracomment>Help menu: open the user manual</extracomment>
            <translation>&amp;Manual</translation>
        </message>
        <message>
            <source>Restore fund from backup</source>
            <extracomment>Title of the file dialog that picks a backup to restore</extracomment>
            <translation>Restore fund from backup</translation>
        </message>
        <message>
            <source>Capacity-building activities</source>
            <extracomment>Accessible name of the Activities page</extracomment>
            <translation>Capacity-building activities</translation>
        </message>
        <message>
            <source>Ranking</source>
            <extracomment>Tab of the Activities page: applications by aggregate score</extracomment>
            <translation>Ranking</translation>
        </message>
        <message>
            <source>Geographic Balance</source>
            <extracomment>Tab of the Activities page: amounts by region (¶25c)</extracomment>
            <translation>Geographic Balance</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s) shown · requested %1</source>
            <extracomment>Under the activities table: %1 is the total requested such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>%n application shown · requested %1</numerusform>
                <numerusform>%n applications shown · requested %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n below the funding floor</source>
            <extracomment>Under the activities table: how many shown applications are under the ¶23 floor</extracomment>
            <translation>
                <numerusform>%n below the funding floor</numerusform>
                <numerusform>%n below the funding floor</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <extracomment>names a paid item in the disbursements table: %1 its reference, %2 its title
----------
names an activity in a dialog's heading: %1 its reference, %2 its title
----------
The totals line: %1 the shown applications and amount, %2 those below the floor</extracomment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Edit Activity Application</source>
            <translation>Edit Activity Application</translation>
        </message>
        <message>
            <source>Delete the activity application %1, “%2”?</source>
            <extracomment>%1 is the application's reference, %2 its title</extracomment>
            <translation>Delete the activity application %1, “%2”?</translation>
        </message>
        <message>
            <source>Delete Activity Application</source>
            <translation>Delete Activity Application</translation>
        </message>
        <message>
            <source>Export Scores</source>
            <translation>Export Scores</translation>
        </message>
        <message>
            <source>review-scores.csv</source>
            <extracomment>Default file name of the exported review scores</extracomment>
            <translation>review-scores.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <extracomment>File type filter of the save dialog
----------
file type filter in a file dialog</extracomment>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Activity applications</source>
            <extracomment>Heading of the table of capacity-building activity applications</extracomment>
            <translation>Activity applications</translation>
        </message>
        <message>
            <source>Filter by reference, title, State, partner…</source>
            <extracomment>Placeholder of the filter box above the activities table</extracomment>
            <translation>Filter by reference, title, State, partner…</translation>
        </message>
        <message>
            <source>Add activity application</source>
            <translation>Add activity application</translation>
        </message>
        <message>
            <source>Record a new application (Insert)</source>
            <translation>Record a new application (Insert)</translation>
        </message>
        <message>
            <source>Edit activity application</source>
            <translation>Edit activity application</translation>
        </message>
        <message>
            <source>Edit the selected application (Enter)</source>
            <translation>Edit the selected application (Enter)</translation>
        </message>
        <message>
            <source>Delete activity application</source>
            <translation>Delete activity application</translation>
        </message>
        <message>
            <source>Delete the selected application (Del)</source>
            <translation>Delete the selected application (Del)</translation>
        </message>
        <message>
            <source>Score activity application</source>
            <translation>Score activity application</translation>
        </message>
        <message>
            <source>Record governance consultation</source>
            <translation>Record governance consultation</translation>
        </message>
        <message>
            <source>Export review scores</source>
            <translation>Export review scores</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <extracomment>Filter above the activities table
----------
Filter above the sponsorship applications</extracomment>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation>Re&amp;gion:</translation>
        </message>
        <message>
            <source>F&amp;ocus area:</source>
            <translation>F&amp;ocus area:</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>All statuses</source>
            <extracomment>First entry of a filter combo: no filtering</extracomment>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>All regions</source>
            <translation>All regions</translation>
        </message>
        <message>
            <source>All focus areas</source>
            <translation>All focus areas</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filter by status</translation>
        </message>
        <message>
            <source>Filter by region</source>
            <translation>Filter by region</translation>
        </message>
        <message>
            <source>Filter by focus area</source>
            <translation>Filter by focus area</translation>
        </message>
        <message>
            <source>Filter by year the activity runs in</source>
            <extracomment>Accessible name of the year filter: activities running in that year</extracomment>
            <translation>Filter by year the activity runs in</translation>
        </message>
        <message>
            <source>Activities that run in the chosen year</source>
            <translation>Activities that run in the chosen year</translation>
        </message>
        <message>
            <source>Requested in all: %1 · recommended in all: %2</source>
            <extracomment>Under the geographic balance: %1 total requested, %2 total recommended</extracomment>
            <translation>Requested in all: %1 · recommended in all: %2</translation>
        </message>
        <message>
            <source>Geographic balance (¶25c): what the applications request and what is recommended or beyond, by region. A regional activity counts in equal parts for each participating State. The dashed line in each bar and the last row show the equal share: the total divided equally.</source>
            <translation>Geographic balance (¶25c): what the applications request and what is recommended or beyond, by region. A regional activity counts in equal parts for each participating State. The dashed line in each bar and the last row show the equal share: the total divided equally.</translation>
        </message>
        <message>
            <source>By M49 region</source>
            <extracomment>Heading of the table by M49 geographic region</extracomment>
            <translation>By M49 region</translation>
        </message>
        <message>
            <source>By UN regional group</source>
            <extracomment>Heading of the table by UN regional group</extracomment>
            <translation>By UN regional group</translation>
        </message>
        <message numerus="yes">
            <source>%n of %1 candidate application(s) fit within the available balance of %2; the scored requests above the floor add up to %3.</source>
            <extracomment>Under the ranking: %1 the number of candidates, %2 the available balance, %3 the total requested by the scored applications above the floor</extracomment>
            <translation>
                <numerusform>%n of %1 candidate applications fits within the available balance of %2; the scored requests above the floor add up to %3.</numerusform>
                <numerusform>%n of %1 candidate applications fit within the available balance of %2; the scored requests above the floor add up to %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ranking by aggregate score</source>
            <extracomment>Heading of the ranking of activity applications by aggregate score</extracomment>
            <translation>Ranking by aggregate score</translation>
        </message>
        <message>
            <source>Applications that are eligible, under review or recommended, highest aggregate score first. The running total adds up the scored requests above the minimum funding floor against the fund's available balance for this year.</source>
            <translation>Applications that are eligible, under review or recommended, highest aggregate score first. The running total adds up the scored requests above the minimum funding floor against the fund's available balance for this year.</translation>
        </message>
        <message>
            <source>Ranking summary</source>
            <translation>Ranking summary</translation>
        </message>
        <message>
            <source>US dollars</source>
            <extracomment>axis title of a chart of amounts</extracomment>
            <translation>US dollars</translation>
        </message>
        <message>
            <source>Per cent</source>
            <extracomment>axis title of a chart of shares</extracomment>
            <translation>Per cent</translation>
        </message>
        <message>
            <source>Number</source>
            <extracomment>axis title of a chart of counts</extracomment>
            <translation>Number</translation>
        </message>
        <message>
            <source>&amp;Save chart…</source>
            <extracomment>button under a chart</extracomment>
            <translation>&amp;Save chart…</translation>
        </message>
        <message>
            <source>Save as &amp;PNG…</source>
            <translation>Save as &amp;PNG…</translation>
        </message>
        <message>
            <source>Save as S&amp;VG…</source>
            <translation>Save as S&amp;VG…</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Save chart</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG drawing (*.svg)</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
        </message>
        <message>
            <source>Chart: %1. Right-click to save it as PNG or SVG.</source>
            <extracomment>accessible description of a chart; %1 is its title</extracomment>
            <translation>Chart: %1. Right-click to save it as PNG or SVG.</translation>
        </message>
        <message>
            <source>Save the chart “%1”</source>
            <extracomment>%1 is a chart's title</extracomment>
            <translation>Save the chart “%1”</translation>
        </message>
        <message>
            <source>%1
%2: %3</source>
            <extracomment>chart tooltip: %1 the category (a region, a month), %2 the series, %3 the value</extracomment>
            <translation>%1
%2: %3</translation>
        </message>
        <message>
            <source>A new application starts as Draft or Submitted; a stored one moves to its next status with Workflow… on the Activities page.</source>
            <translation>A new application starts as Draft or Submitted; a stored one moves to its next status with Workflow… on the Activities page.</translation>
        </message>
        <message>
            <source>%1 · %2 — remaining %3</source>
            <extracomment>an item in the payment dialog: %1 reference, %2 title, %3 what remains to pay</extracomment>
            <translation>%1 · %2 — remaining %3</translation>
        </message>
        <message>
            <source>No item has been paid yet: there is nothing to refund.</source>
            <translation>No item has been paid yet: there is nothing to refund.</translation>
        </message>
        <message>
            <source>No approved or active item: a payment needs one.</source>
            <translation>No approved or active item: a payment needs one.</translation>
        </message>
        <message>
            <source>Committed %1 · paid %2 · remaining %3</source>
            <extracomment>%1 committed, %2 paid so far, %3 what remains, all with currency</extracomment>
            <translation>Committed %1 · paid %2 · remaining %3</translation>
        </message>
        <message>
            <source>Choose the approved item the payment is for.</source>
            <translation>Choose the approved item the payment is for.</translation>
        </message>
        <message>
            <source>Enter the amount paid.</source>
            <translation>Enter the amount paid.</translation>
        </message>
        <message>
            <source>“%1” is not an amount. Type digits, with the decimals after the decimal sign.</source>
            <translation>“%1” is not an amount. Type digits, with the decimals after the decimal sign.</translation>
        </message>
        <message>
            <source>Record a Refund</source>
            <translation>Record a Refund</translation>
        </message>
        <message>
            <source>Record a Payment</source>
            <translation>Record a Payment</translation>
        </message>
        <message>
            <source>&amp;Item:</source>
            <extracomment>the approved sponsorship or activity a payment is made against</extracomment>
            <translation>&amp;Item:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>&amp;Amount:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <extracomment>Form label: the currency the fund's books are kept in (always USD)</extracomment>
            <translation>C&amp;urrency:</translation>
        </message>
        <message>
            <source>USD &amp;rate:</source>
            <translation>USD &amp;rate:</translation>
        </message>
        <message>
            <source>&amp;Payee:</source>
            <translation>&amp;Payee:</translation>
        </message>
        <message>
            <source>Re&amp;ference:</source>
            <translation>Re&amp;ference:</translation>
        </message>
        <message>
            <source>Reas&amp;on for the refund:</source>
            <translation>Reas&amp;on for the refund:</translation>
        </message>
        <message>
            <source>Item</source>
            <extracomment>the approved sponsorship or activity a payment is made against</extracomment>
            <translation>Item</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>USD rate</source>
            <translation>USD rate</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>Payee</translation>
        </message>
        <message>
            <source>Reason for the refund</source>
            <translation>Reason for the refund</translation>
        </message>
        <message>
            <source>The approved or active items, each with what remains to pay.</source>
            <translation>The approved or active items, each with what remains to pay.</translation>
        </message>
        <message>
            <source>How many US dollars one unit of the currency was worth on the day.</source>
            <translation>How many US dollars one unit of the currency was worth on the day.</translation>
        </message>
        <message>
            <source>&amp;Record refund</source>
            <translation>&amp;Record refund</translation>
        </message>
        <message>
            <source>&amp;Record payment</source>
            <translation>&amp;Record payment</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of the CSV file, %2 the problem</extracomment>
            <translation>Line %1: %2</translation>
        </message>
        <message>
            <source>Line %1, column %2: %3</source>
            <extracomment>%1 is a line number of the CSV file, %2 a column name, %3 the problem</extracomment>
            <translation>Line %1, column %2: %3</translation>
        </message>
        <message>
            <source>Choose the CSV file to import</source>
            <translation>Choose the CSV file to import</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <extracomment>file type filter in a file dialog</extracomment>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>“%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>“%1” could not be opened. Check its name and that you may read it.</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <extracomment>Shown while the import file is being checked</extracomment>
            <translation>Checking the file…</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <extracomment>The user cancelled the check of an import file</extracomment>
            <translation>The check was cancelled.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) checked, no problem found. Import writes them all at once.</source>
            <extracomment>%n is the number of rows of the file</extracomment>
            <translation>
                <numerusform>%n row checked, no problem found. Import writes them all at once.</numerusform>
                <numerusform>%n rows checked, no problem found. Import writes them all at once.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found. Correct the file and check it again: nothing is imported while any remains.</source>
            <extracomment>%n is the number of problems; nothing is imported until all are corrected</extracomment>
            <translation>
                <numerusform>%n problem found. Correct the file and check it again: nothing is imported while any remains.</numerusform>
                <numerusform>%n problems found. Correct the file and check it again: nothing is imported while any remains.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <extracomment>Shown while the rows of an import file are written</extracomment>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Choose the kind of records and the CSV file, then check it.</source>
            <extracomment>How the import dialog starts</extracomment>
            <translation>Choose the kind of records and the CSV file, then check it.</translation>
        </message>
        <message>
            <source>Import from CSV</source>
            <extracomment>Title of the import dialog</extracomment>
            <translation>Import from CSV</translation>
        </message>
        <message>
            <source>&amp;Kind of records:</source>
            <translation>&amp;Kind of records:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <extracomment>Form label: the file the new fund is saved in</extracomment>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>C&amp;heck</translation>
        </message>
        <message>
            <source>The conditions of the receipts in this file do not restrict their use to specific activities (no earmarking, ¶19)</source>
            <translation>The conditions of the receipts in this file do not restrict their use to specific activities (no earmarking, ¶19)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <extracomment>Button in the banner shown while a fund opens</extracomment>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <extracomment>Button of the import dialog: write the checked file's rows</extracomment>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Kind of records</source>
            <translation>Kind of records</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>CSV file</translation>
        </message>
        <message>
            <source>Path of a UTF-8 CSV file, comma or semicolon</source>
            <translation>Path of a UTF-8 CSV file, comma or semicolon</translation>
        </message>
        <message>
            <source>Receipts' conditions are not earmarks</source>
            <translation>Receipts' conditions are not earmarks</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>Result of the check</translation>
        </message>
        <message>
            <source>Rows of the file</source>
            <translation>Rows of the file</translation>
        </message>
        <message>
            <source>Every row of the file with the problems found in it, in the last column</source>
            <translation>Every row of the file with the problems found in it, in the last column</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translation>Problems found</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 is the form label such as "DSA rate", %2 why the amount was refused
----------
A line of the slate figures: %1 the label, %2 the value
----------
one field of a created or deleted record: %1 the field, %2 its value</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Line</source>
            <extracomment>Column of the import preview: the line of the CSV file</extracomment>
            <translation>Line</translation>
        </message>
        <message>
            <source>Problems</source>
            <extracomment>Column of the import preview: what is wrong with the row</extracomment>
            <translation>Problems</translation>
        </message>
        <message>
            <source>One delegate: from %1 to %2 by region of origin</source>
            <extracomment>Live under the cost norms: %1 the cheapest, %2 the dearest estimate for one delegate</extracomment>
            <translation>One delegate: from %1 to %2 by region of origin</translation>
        </message>
        <message>
            <source>Meeting %1</source>
            <translation>Meeting %1</translation>
        </message>
        <message>
            <source>New Meeting</source>
            <translation>New Meeting</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>&amp;City:</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <extracomment>Form label: the first day of the meeting</extracomment>
            <translation>&amp;First day:</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>&amp;Last day:</translation>
        </message>
        <message>
            <source>Formal &amp;meeting days:</source>
            <extracomment>Form label: the days of formal meetings a sponsored delegate attends (¶21d)</extracomment>
            <translation>Formal &amp;meeting days:</translation>
        </message>
        <message>
            <source>Airfare by region of origin (USD):</source>
            <extracomment>Form label above the return airfare estimated per region the delegate travels from</extracomment>
            <translation>Airfare by region of origin (USD):</translation>
        </message>
        <message>
            <source>&amp;DSA rate per day (USD):</source>
            <extracomment>Form label: the daily subsistence allowance rate, in USD</extracomment>
            <translation>&amp;DSA rate per day (USD):</translation>
        </message>
        <message>
            <source>DSA da&amp;ys:</source>
            <extracomment>Form label: how many days of daily subsistence allowance are paid</extracomment>
            <translation>DSA da&amp;ys:</translation>
        </message>
        <message>
            <source>&amp;Terminal expenses (USD):</source>
            <extracomment>Form label: the terminal expenses of the trip, in USD</extracomment>
            <translation>&amp;Terminal expenses (USD):</translation>
        </message>
        <message>
            <source>Per delegate:</source>
            <extracomment>Form label: what one delegate costs under these norms</extracomment>
            <translation>Per delegate:</translation>
        </message>
        <message>
            <source>%1:</source>
            <extracomment>Form label of one airfare box; %1 is a region such as Africa
----------
A label of the slate figures, such as "Women"</extracomment>
            <translation>%1:</translation>
        </message>
        <message>
            <source>Airfare from %1 in USD</source>
            <extracomment>Accessible name of an airfare box; %1 is a region such as Africa</extracomment>
            <translation>Airfare from %1 in USD</translation>
        </message>
        <message>
            <source>Such as PM-2026-1</source>
            <translation>Such as PM-2026-1</translation>
        </message>
        <message>
            <source>Close %1? Its records will refuse every change until the year is reopened, with a reason.</source>
            <translation>Close %1? Its records will refuse every change until the year is reopened, with a reason.</translation>
        </message>
        <message>
            <source>Reopen %1? Its records can be changed again; the reason is kept on record.</source>
            <translation>Reopen %1? Its records can be changed again; the reason is kept on record.</translation>
        </message>
        <message>
            <source>Enter the reason for reopening the year: it is kept on record.</source>
            <translation>Enter the reason for reopening the year: it is kept on record.</translation>
        </message>
        <message>
            <source>Close a Year</source>
            <translation>Close a Year</translation>
        </message>
        <message>
            <source>Reopen a Year</source>
            <translation>Reopen a Year</translation>
        </message>
        <message>
            <source>A closed year refuses changes to its records: payments, approvals and other writes dated in it. Only the fund manager can close a year.</source>
            <translation>A closed year refuses changes to its records: payments, approvals and other writes dated in it. Only the fund manager can close a year.</translation>
        </message>
        <message>
            <source>Reopening allows changes to the year's records again. The reason is kept on record with your name.</source>
            <translation>Reopening allows changes to the year's records again. The reason is kept on record with your name.</translation>
        </message>
        <message>
            <source>&amp;Year to close:</source>
            <translation>&amp;Year to close:</translation>
        </message>
        <message>
            <source>&amp;Year to reopen:</source>
            <translation>&amp;Year to reopen:</translation>
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation>&amp;Reason (required):</translation>
        </message>
        <message>
            <source>Year to close</source>
            <translation>Year to close</translation>
        </message>
        <message>
            <source>Year to reopen</source>
            <translation>Year to reopen</translation>
        </message>
        <message>
            <source>Reason for reopening</source>
            <translation>Reason for reopening</translation>
        </message>
        <message>
            <source>&amp;Close year</source>
            <translation>&amp;Close year</translation>
        </message>
        <message>
            <source>&amp;Reopen year</source>
            <translation>&amp;Reopen year</translation>
        </message>
        <message>
            <source>New Profile</source>
            <translation>New Profile</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>The fund manager recommends, the High Representative's office approves.</source>
            <translation>The fund manager recommends, the High Representative's office approves.</translation>
        </message>
        <message>
            <source>&amp;Create profile</source>
            <translation>&amp;Create profile</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s).</source>
            <extracomment>%n is the number of records listed</extracomment>
            <translation>
                <numerusform>%n record.</numerusform>
                <numerusform>%n records.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <extracomment>A criterion of the sponsorship form: %1 is "¶21(a)", %2 the condition in words</extracomment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <extracomment>Choice for a ¶21 criterion: nobody has assessed it yet</extracomment>
            <translation>Not assessed</translation>
        </message>
        <message>
            <source>Met</source>
            <extracomment>Choice for a ¶21 criterion</extracomment>
            <translation>Met</translation>
        </message>
        <message>
            <source>Not met</source>
            <extracomment>Choice for a ¶21 criterion</extracomment>
            <translation>Not met</translation>
        </message>
        <message>
            <source>Criterion %1</source>
            <extracomment>Accessible name of a criterion's choice; %1 is "¶21(a)"</extracomment>
            <translation>Criterion %1</translation>
        </message>
        <message>
            <source>Evidence for %1</source>
            <extracomment>Accessible name of a criterion's evidence box; %1 is "¶21(a)"</extracomment>
            <translation>Evidence for %1</translation>
        </message>
        <message>
            <source>Evidence seen, such as the nominating letter</source>
            <translation>Evidence seen, such as the nominating letter</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <extracomment>A meeting in a list: %1 its reference, %2 its name
----------
A meeting in the selector: %1 its reference, %2 its name</extracomment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Sponsorship Application — %1</source>
            <translation>Sponsorship Application — %1</translation>
        </message>
        <message>
            <source>New Sponsorship Application</source>
            <translation>New Sponsorship Application</translation>
        </message>
        <message>
            <source>Criteria (¶21)</source>
            <extracomment>Tab of the sponsorship form: the five criteria of ¶21</extracomment>
            <translation>Criteria (¶21)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>After the Meeting</source>
            <extracomment>Tab of the sponsorship form: attendance, report and actual cost</extracomment>
            <translation>After the Meeting</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>&amp;Meeting:</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>&amp;Gender:</translation>
        </message>
        <message>
            <source>M&amp;inistry or agency:</source>
            <translation>M&amp;inistry or agency:</translation>
        </message>
        <message>
            <source>Capital-&amp;based:</source>
            <extracomment>Form label: whether the official works in the capital (¶21a)</extracomment>
            <translation>Capital-&amp;based:</translation>
        </message>
        <message>
            <source>C&amp;ontact:</source>
            <translation>C&amp;ontact:</translation>
        </message>
        <message>
            <source>Nominating &amp;letter:</source>
            <translation>Nominating &amp;letter:</translation>
        </message>
        <message>
            <source>S&amp;core:</source>
            <extracomment>Form label: the reviewer's score, 0 to 100</extracomment>
            <translation>S&amp;core:</translation>
        </message>
        <message>
            <source>Dra&amp;ft:</source>
            <translation>Dra&amp;ft:</translation>
        </message>
        <message>
            <source>Not&amp;es:</source>
            <translation>Not&amp;es:</translation>
        </message>
        <message>
            <source>Estimated cost:</source>
            <extracomment>Form label: the cost computed from the meeting's norms</extracomment>
            <translation>Estimated cost:</translation>
        </message>
        <message>
            <source>Set the cost by &amp;hand:</source>
            <translation>Set the cost by &amp;hand:</translation>
        </message>
        <message>
            <source>&amp;Cost (USD):</source>
            <translation>&amp;Cost (USD):</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <extracomment>Form label: why the cost differs from the meeting's norms (mandatory)</extracomment>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Attended all formal &amp;meetings:</source>
            <extracomment>Form label: did the delegate attend all formal meetings (¶21d)</extracomment>
            <translation>Attended all formal &amp;meetings:</translation>
        </message>
        <message>
            <source>&amp;Report received:</source>
            <extracomment>Form label: did the delegate share a report with the fund manager (¶21e)</extracomment>
            <translation>&amp;Report received:</translation>
        </message>
        <message>
            <source>&amp;Actual cost (USD):</source>
            <translation>&amp;Actual cost (USD):</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <extracomment>Choice for attendance at all formal meetings: nobody has said yet</extracomment>
            <translation>Not known yet</translation>
        </message>
        <message>
            <source>Yes, confirmed</source>
            <translation>Yes, confirmed</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Works in the capital (¶21a)</source>
            <translation>Works in the capital (¶21a)</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Not yet submitted for screening</source>
            <translation>Not yet submitted for screening</translation>
        </message>
        <message>
            <source>Shared with the fund manager (¶21e)</source>
            <translation>Shared with the fund manager (¶21e)</translation>
        </message>
        <message>
            <source>Use my own figure instead of the meeting's norms</source>
            <translation>Use my own figure instead of the meeting's norms</translation>
        </message>
        <message>
            <source>No score</source>
            <extracomment>Shown in the score box when the reviewer has not scored the application</extracomment>
            <translation>No score</translation>
        </message>
        <message>
            <source>Such as a known cheaper fare or a longer trip</source>
            <translation>Such as a known cheaper fare or a longer trip</translation>
        </message>
        <message>
            <source>E-mail or telephone</source>
            <translation>E-mail or telephone</translation>
        </message>
        <message>
            <source>Criteria of ¶21</source>
            <translation>Criteria of ¶21</translation>
        </message>
        <message>
            <source>Screening against ¶21</source>
            <translation>Screening against ¶21</translation>
        </message>
        <message>
            <source>Enter the cost in USD, or clear “Use my own figure”.</source>
            <translation>Enter the cost in USD, or clear “Use my own figure”.</translation>
        </message>
        <message>
            <source>Eligible: the application meets all five criteria of ¶21.</source>
            <translation>Eligible: the application meets all five criteria of ¶21.</translation>
        </message>
        <message>
            <source>Ineligible — it cannot be recommended:</source>
            <extracomment>Heading of the screening lines when a ¶21 criterion fails</extracomment>
            <translation>Ineligible — it cannot be recommended:</translation>
        </message>
        <message>
            <source>• %1</source>
            <extracomment>One line of the screening: a failing criterion in words</extracomment>
            <translation>• %1</translation>
        </message>
        <message>
            <source>Still to assess: %1.</source>
            <extracomment>%1 lists criteria such as "¶21(d) and ¶21(e)"</extracomment>
            <translation>Still to assess: %1.</translation>
        </message>
        <message>
            <source>%1, from the meeting's norms for the State's region</source>
            <extracomment>The live estimate; %1 is an amount such as USD 5,656.00</extracomment>
            <translation>%1, from the meeting's norms for the State's region</translation>
        </message>
        <message>
            <source>New fund</source>
            <extracomment>Title of the file dialog that picks where a new fund is saved</extracomment>
            <translation>New fund</translation>
        </message>
        <message>
            <source>FundDesk funds (*.funddesk)</source>
            <translation>FundDesk funds (*.funddesk)</translation>
        </message>
        <message>
            <source>Give the fund a name: it heads every report and packet.</source>
            <translation>Give the fund a name: it heads every report and packet.</translation>
        </message>
        <message>
            <source>“%1” is not an amount in US dollars. Enter the threshold as a number such as 250000, or leave it empty to set it later.</source>
            <extracomment>%1 is the amount typed</extracomment>
            <translation>“%1” is not an amount in US dollars. Enter the threshold as a number such as 250000, or leave it empty to set it later.</translation>
        </message>
        <message>
            <source>Choose the file the new fund is saved in.</source>
            <translation>Choose the file the new fund is saved in.</translation>
        </message>
        <message>
            <source>“%1” already exists; a new fund never replaces a file. Choose another name.</source>
            <translation>“%1” already exists; a new fund never replaces a file. Choose another name.</translation>
        </message>
        <message>
            <source>Welcome to FundDesk</source>
            <translation>Welcome to FundDesk</translation>
        </message>
        <message>
            <source>There is no fund on this computer yet. Create the fund you manage, open a fund file you already have, or explore a demo fund with realistic records first.</source>
            <translation>There is no fund on this computer yet. Create the fund you manage, open a fund file you already have, or explore a demo fund with realistic records first.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <extracomment>Label of the interface language choice in the welcome dialog
----------
Form label: the language of FundDesk's windows</extracomment>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The language of FundDesk's windows; it changes at once.</source>
            <translation>The language of FundDesk's windows; it changes at once.</translation>
        </message>
        <message>
            <source>A new fund</source>
            <extracomment>Group title in the welcome dialog</extracomment>
            <translation>A new fund</translation>
        </message>
        <message>
            <source>Fund name</source>
            <translation>Fund name</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building</source>
            <extracomment>Placeholder of the fund name; an example, translate freely</extracomment>
            <translation>UN Voluntary Fund for ICT-security capacity building</translation>
        </message>
        <message>
            <source>The fund's books are kept in US dollars.</source>
            <translation>The fund's books are kept in US dollars.</translation>
        </message>
        <message>
            <source>Operational threshold (USD)</source>
            <translation>Operational threshold (USD)</translation>
        </message>
        <message>
            <source>¶16: the fund operates once its receipts reach this amount. Leave it empty to set it later in Settings.</source>
            <translation>¶16: the fund operates once its receipts reach this amount. Leave it empty to set it later in Settings.</translation>
        </message>
        <message>
            <source>Fund file</source>
            <translation>Fund file</translation>
        </message>
        <message>
            <source>C&amp;hange…</source>
            <extracomment>Button: choose another file for the new fund</extracomment>
            <translation>C&amp;hange…</translation>
        </message>
        <message>
            <source>Choose the fund file</source>
            <translation>Choose the fund file</translation>
        </message>
        <message>
            <source>C&amp;reate the fund</source>
            <translation>C&amp;reate the fund</translation>
        </message>
        <message>
            <source>Create the fund</source>
            <translation>Create the fund</translation>
        </message>
        <message>
            <source>Or:</source>
            <extracomment>Welcome dialog, before the buttons that open a file or the demo fund</extracomment>
            <translation>Or:</translation>
        </message>
        <message>
            <source>&amp;Open an existing fund…</source>
            <translation>&amp;Open an existing fund…</translation>
        </message>
        <message>
            <source>Open an existing fund</source>
            <translation>Open an existing fund</translation>
        </message>
        <message>
            <source>E&amp;xplore the demo fund</source>
            <translation>E&amp;xplore the demo fund</translation>
        </message>
        <message>
            <source>Explore the demo fund</source>
            <translation>Explore the demo fund</translation>
        </message>
        <message>
            <source>A fictitious fund with three years of realistic records, to try FundDesk before entering your own.</source>
            <translation>A fictitious fund with three years of realistic records, to try FundDesk before entering your own.</translation>
        </message>
        <message>
            <source>Propose an amended amount</source>
            <translation>Propose an amended amount</translation>
        </message>
        <message>
            <source>Approve the amended amount</source>
            <translation>Approve the amended amount</translation>
        </message>
        <message>
            <source>Reject the amended amount</source>
            <translation>Reject the amended amount</translation>
        </message>
        <message>
            <source>“%1” is not an amount in USD. Type it like %2.</source>
            <extracomment>%1 is what the user typed</extracomment>
            <translation>“%1” is not an amount in USD. Type it like %2.</translation>
        </message>
        <message>
            <source>Enter the new amount in USD.</source>
            <translation>Enter the new amount in USD.</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Workflow</translation>
        </message>
        <message>
            <source>Current status: %1</source>
            <extracomment>%1 is a status such as "Under review"</extracomment>
            <translation>Current status: %1</translation>
        </message>
        <message>
            <source>Committed: %1 (approved: %2)</source>
            <extracomment>%1 the amount committed now, %2 the amount approved at first</extracomment>
            <translation>Committed: %1 (approved: %2)</translation>
        </message>
        <message>
            <source>Amendment awaiting a decision: %1, “%2”</source>
            <extracomment>%1 the amount proposed in an amendment awaiting a decision</extracomment>
            <translation>Amendment awaiting a decision: %1, “%2”</translation>
        </message>
        <message>
            <source>Acting as: %1 (%2)</source>
            <extracomment>%1 a person's name, %2 their role</extracomment>
            <translation>Acting as: %1 (%2)</translation>
        </message>
        <message>
            <source>No profile is chosen: choose yours with Profile in the status bar before changing a status.</source>
            <translation>No profile is chosen: choose yours with Profile in the status bar before changing a status.</translation>
        </message>
        <message>
            <source>&amp;Next step:</source>
            <translation>&amp;Next step:</translation>
        </message>
        <message>
            <source>This is a final status: no step is allowed from here.</source>
            <translation>This is a final status: no step is allowed from here.</translation>
        </message>
        <message>
            <source>Written &amp;justification (required):</source>
            <translation>Written &amp;justification (required):</translation>
        </message>
        <message>
            <source>&amp;Note (optional):</source>
            <translation>&amp;Note (optional):</translation>
        </message>
        <message>
            <source>New &amp;amount in USD (required):</source>
            <translation>New &amp;amount in USD (required):</translation>
        </message>
        <message>
            <source>Approved &amp;amount in USD (empty: the amount requested):</source>
            <translation>Approved &amp;amount in USD (empty: the amount requested):</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>Only the steps allowed from the current status are listed.</source>
            <translation>Only the steps allowed from the current status are listed.</translation>
        </message>
        <message>
            <source>Written justification</source>
            <translation>Written justification</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Amount in USD</source>
            <translation>Amount in USD</translation>
        </message>
        <message>
            <source>&amp;Record step</source>
            <translation>&amp;Record step</translation>
        </message>
        <message>
            <source>Print preview — %1</source>
            <translation>Print preview — %1</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>Print %1</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <extracomment>file type filter in the save dialog</extracomment>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Writing %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Writing the PDF</source>
            <translation>Writing the PDF</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2. Choose a folder you can write to.</source>
            <translation>Cannot write “%1”: %2. Choose a folder you can write to.</translation>
        </message>
        <message>
            <source>Contributions received in %1 (¶17)</source>
            <extracomment>%1 a year</extracomment>
            <translation>Contributions received in %1 (¶17)</translation>
        </message>
        <message>
            <source>Contributions are published unless the donor asks otherwise (¶17). Amounts in US dollars.</source>
            <translation>Contributions are published unless the donor asks otherwise (¶17). Amounts in US dollars.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>Made %1 UTC · record SHA-256 %2</source>
            <extracomment>document footer: %1 date and time made (UTC), %2 the SHA-256 of the record shown</extracomment>
            <translation>Made %1 UTC · record SHA-256 %2</translation>
        </message>
        <message>
            <source>Cannot create the folder “%1”. Choose a folder you can write to.</source>
            <translation>Cannot create the folder “%1”. Choose a folder you can write to.</translation>
        </message>
        <message>
            <source>Document &amp;language:</source>
            <extracomment>the language a document is written in, not the interface's</extracomment>
            <translation>Document &amp;language:</translation>
        </message>
        <message>
            <source>Document language</source>
            <translation>Document language</translation>
        </message>
        <message>
            <source>The language the document is written in; the interface keeps its own.</source>
            <translation>The language the document is written in; the interface keeps its own.</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Paper:</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Paper size</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>The document was cancelled; nothing was written.</source>
            <translation>The document was cancelled; nothing was written.</translation>
        </message>
        <message>
            <source>Slate packet</source>
            <translation>Slate packet</translation>
        </message>
        <message>
            <source>Approval packet</source>
            <translation>Approval packet</translation>
        </message>
        <message>
            <source>Meeting reference</source>
            <translation>Meeting reference</translation>
        </message>
        <message>
            <source>Item reference</source>
            <translation>Item reference</translation>
        </message>
        <message>
            <source>The meeting whose recommended and approved delegates go in one packet.</source>
            <translation>The meeting whose recommended and approved delegates go in one packet.</translation>
        </message>
        <message>
            <source>An activity's reference such as CB-2026-014, or SP- and a sponsorship's number such as SP-12.</source>
            <translation>An activity's reference such as CB-2026-014, or SP- and a sponsorship's number such as SP-12.</translation>
        </message>
        <message>
            <source>PM-2026-1</source>
            <translation>PM-2026-1</translation>
        </message>
        <message>
            <source>CB-2026-014 or SP-12</source>
            <translation>CB-2026-014 or SP-12</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>Pre&amp;view…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <source>Print preview of the packet</source>
            <translation>Print preview of the packet</translation>
        </message>
        <message>
            <source>Print the packet</source>
            <translation>Print the packet</translation>
        </message>
        <message>
            <source>Save the packet as a PDF file</source>
            <translation>Save the packet as a PDF file</translation>
        </message>
        <message>
            <source>Public contributions list %1 — preview</source>
            <extracomment>%1 a year</extracomment>
            <translation>Public contributions list %1 — preview</translation>
        </message>
        <message>
            <source>&amp;What the public page and CSV show:</source>
            <translation>&amp;What the public page and CSV show:</translation>
        </message>
        <message>
            <source>Published lines</source>
            <translation>Published lines</translation>
        </message>
        <message>
            <source>What they &amp;withhold, and why (internal — not published):</source>
            <translation>What they &amp;withhold, and why (internal — not published):</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Withheld contributions</source>
            <translation>Withheld contributions</translation>
        </message>
        <message>
            <source>Contributions whose donor asked for anonymity or not to be published.</source>
            <translation>Contributions whose donor asked for anonymity or not to be published.</translation>
        </message>
        <message>
            <source>Applicants' personal data is never part of a public output (¶11): only donors and amounts are published.</source>
            <translation>Applicants' personal data is never part of a public output (¶11): only donors and amounts are published.</translation>
        </message>
        <message>
            <source>%1: contributions received in %2</source>
            <extracomment>title of the public contributions page; %1 the fund's name, %2 the year</extracomment>
            <translation>%1: contributions received in %2</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <extracomment>File menu: import donors, contributions or applications from a CSV file</extracomment>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>Import records from a CSV file, after a preview</source>
            <translation>Import records from a CSV file, after a preview</translation>
        </message>
        <message>
            <source>Refund from %1</source>
            <extracomment>the payee column of a refund: %1 is who paid the money back</extracomment>
            <translation>Refund from %1</translation>
        </message>
        <message>
            <source>Recipient State</source>
            <translation>Recipient State</translation>
        </message>
        <message>
            <source>Pin %1</source>
            <extracomment>Accessible text of the pin check box; %1 is the applicant</extracomment>
            <translation>Pin %1</translation>
        </message>
        <message>
            <source>Exclude %1</source>
            <extracomment>Accessible text of the exclude check box; %1 is the applicant</extracomment>
            <translation>Exclude %1</translation>
        </message>
        <message>
            <source>; </source>
            <extracomment>Separator between the reasons for one slate decision</extracomment>
            <translation>; </translation>
        </message>
        <message>
            <source>Keep this applicant on the slate (Ctrl+P)</source>
            <translation>Keep this applicant on the slate (Ctrl+P)</translation>
        </message>
        <message>
            <source>Keep this applicant off the slate (Ctrl+E)</source>
            <translation>Keep this applicant off the slate (Ctrl+E)</translation>
        </message>
        <message>
            <source>Pin</source>
            <extracomment>Column header: the applicant is kept on the slate by hand</extracomment>
            <translation>Pin</translation>
        </message>
        <message>
            <source>Exclude</source>
            <extracomment>Column header: the applicant is kept off the slate by hand</extracomment>
            <translation>Exclude</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>Column header: the State the applicant represents</extracomment>
            <translation>State</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Cost (USD)</source>
            <extracomment>Column header: the estimated cost of sponsoring the delegate, in US dollars</extracomment>
            <translation>Cost (USD)</translation>
        </message>
        <message>
            <source>Why on the slate</source>
            <translation>Why on the slate</translation>
        </message>
        <message>
            <source>What would have to change</source>
            <translation>What would have to change</translation>
        </message>
        <message>
            <source>Fails %1</source>
            <extracomment>Table cell: the ¶21 criteria the application fails, such as "¶21(c)"</extracomment>
            <translation>Fails %1</translation>
        </message>
        <message>
            <source>To assess: %1</source>
            <extracomment>Table cell: the ¶21 criteria not yet assessed, such as "¶21(d), ¶21(e)"</extracomment>
            <translation>To assess: %1</translation>
        </message>
        <message>
            <source>Meets ¶21</source>
            <extracomment>Table cell: the application meets all five criteria of ¶21</extracomment>
            <translation>Meets ¶21</translation>
        </message>
        <message>
            <source>%1 (set)</source>
            <extracomment>Table cell: a cost the manager set by hand instead of the meeting's norms</extracomment>
            <translation>%1 (set)</translation>
        </message>
        <message>
            <source>%1 not yet assessed: %2</source>
            <extracomment>Tooltip line: %1 is "¶21(d)", %2 the criterion in words</extracomment>
            <translation>%1 not yet assessed: %2</translation>
        </message>
        <message>
            <source>Set by hand: %1</source>
            <extracomment>Tooltip of a cost set by hand; %1 is the reason the manager gave</extracomment>
            <translation>Set by hand: %1</translation>
        </message>
        <message>
            <source>Estimated from the meeting's cost norms</source>
            <translation>Estimated from the meeting's cost norms</translation>
        </message>
        <message>
            <source>Priority groups</source>
            <extracomment>Column header: LDC, LLDC or SIDS (¶22)</extracomment>
            <translation>Priority groups</translation>
        </message>
        <message>
            <source>Eligibility (¶21)</source>
            <extracomment>Column header: the screening against the five criteria of ¶21</extracomment>
            <translation>Eligibility (¶21)</translation>
        </message>
        <message>
            <source>On this computer</source>
            <extracomment>Title of the Settings group whose values belong to this computer, not to the fund file</extracomment>
            <translation>On this computer</translation>
        </message>
        <message>
            <source>Automatic &amp;backups to keep:</source>
            <extracomment>Form label: how many automatic backups of the fund are kept</extracomment>
            <translation>Automatic &amp;backups to keep:</translation>
        </message>
        <message>
            <source>Automatic backups to keep</source>
            <translation>Automatic backups to keep</translation>
        </message>
        <message>
            <source>FundDesk backs up the fund when it closes and keeps this many copies; the oldest is removed first.</source>
            <translation>FundDesk backs up the fund when it closes and keeps this many copies; the oldest is removed first.</translation>
        </message>
        <message>
            <source>Backup fol&amp;der:</source>
            <extracomment>Form label: the folder the automatic backups are written to</extracomment>
            <translation>Backup fol&amp;der:</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>Beside the fund's file, once a fund is open</source>
            <extracomment>Shown in the backup folder field when no fund is open</extracomment>
            <translation>Beside the fund's file, once a fund is open</translation>
        </message>
        <message>
            <source>Year of the dashboard</source>
            <translation>Year of the dashboard</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <extracomment>tab of the dashboard</extracomment>
            <translation>&amp;Overview</translation>
        </message>
        <message>
            <source>Fund &amp;size</source>
            <translation>Fund &amp;size</translation>
        </message>
        <message>
            <source>S&amp;pending</source>
            <translation>S&amp;pending</translation>
        </message>
        <message>
            <source>&amp;Contributions</source>
            <translation>&amp;Contributions</translation>
        </message>
        <message>
            <source>&amp;Delegates</source>
            <translation>&amp;Delegates</translation>
        </message>
        <message>
            <source>&amp;Applications</source>
            <translation>&amp;Applications</translation>
        </message>
        <message>
            <source>Scenario p&amp;lanner</source>
            <translation>Scenario p&amp;lanner</translation>
        </message>
        <message>
            <source>Dashboard views</source>
            <translation>Dashboard views</translation>
        </message>
        <message>
            <source>What the money buys, beside the two illustrative scales of ¶20 (small: USD 2 million, 10 delegates twice a year, 1–3 activities; medium: USD 5 million, 20 delegates twice a year, up to 10 activities):</source>
            <translation>What the money buys, beside the two illustrative scales of ¶20 (small: USD 2 million, 10 delegates twice a year, 1–3 activities; medium: USD 5 million, 20 delegates twice a year, up to 10 activities):</translation>
        </message>
        <message>
            <source>What the money buys</source>
            <translation>What the money buys</translation>
        </message>
        <message>
            <source>Sponsorships and activities</source>
            <translation>Sponsorships and activities</translation>
        </message>
        <message>
            <source>Payments and refunds</source>
            <translation>Payments and refunds</translation>
        </message>
        <message>
            <source>Payments only</source>
            <translation>Payments only</translation>
        </message>
        <message>
            <source>Refunds only</source>
            <translation>Refunds only</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message numerus="yes">
            <source>%n disbursement(s) shown · net %1</source>
            <extracomment>Under the disbursements table: %1 is the net USD of the shown rows</extracomment>
            <translation>
                <numerusform>%n disbursement shown · net %1</numerusform>
                <numerusform>%n disbursements shown · net %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Closed years: none</source>
            <translation>Closed years: none</translation>
        </message>
        <message>
            <source>Closed years: %1</source>
            <translation>Closed years: %1</translation>
        </message>
        <message>
            <source>disbursement %1</source>
            <extracomment>names a disbursement in the History window's title: %1 its number</extracomment>
            <translation>disbursement %1</translation>
        </message>
        <message>
            <source>Record &amp;payment…</source>
            <translation>Record &amp;payment…</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Record payment</translation>
        </message>
        <message>
            <source>Record a payment against an approved or active sponsorship or activity.</source>
            <translation>Record a payment against an approved or active sponsorship or activity.</translation>
        </message>
        <message>
            <source>Re&amp;fund…</source>
            <translation>Re&amp;fund…</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>Record money paid back, with its reason.</source>
            <translation>Record money paid back, with its reason.</translation>
        </message>
        <message>
            <source>Hi&amp;story…</source>
            <extracomment>Button: show the earlier states of the selected contribution</extracomment>
            <translation>Hi&amp;story…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Paymen&amp;ts:</source>
            <translation>Paymen&amp;ts:</translation>
        </message>
        <message>
            <source>Kind of item</source>
            <translation>Kind of item</translation>
        </message>
        <message>
            <source>Payments or refunds</source>
            <translation>Payments or refunds</translation>
        </message>
        <message>
            <source>&amp;Net USD by region and year (rows shown)</source>
            <translation>&amp;Net USD by region and year (rows shown)</translation>
        </message>
        <message>
            <source>Net USD by region and year</source>
            <translation>Net USD by region and year</translation>
        </message>
        <message>
            <source>&amp;Close year…</source>
            <translation>&amp;Close year…</translation>
        </message>
        <message>
            <source>Close year</source>
            <translation>Close year</translation>
        </message>
        <message>
            <source>Re&amp;open year…</source>
            <translation>Re&amp;open year…</translation>
        </message>
        <message>
            <source>Reopen year</source>
            <translation>Reopen year</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Output folder</translation>
        </message>
        <message>
            <source>The annual report was saved.</source>
            <translation>The annual report was saved.</translation>
        </message>
        <message>
            <source>Choose the folder to write the public list into.</source>
            <translation>Choose the folder to write the public list into.</translation>
        </message>
        <message>
            <source>Published:
%1</source>
            <extracomment>%1 the files written, one per line</extracomment>
            <translation>Published:
%1</translation>
        </message>
        <message>
            <source>Annual report to donors (¶27)</source>
            <translation>Annual report to donors (¶27)</translation>
        </message>
        <message>
            <source>Year of the annual report</source>
            <translation>Year of the annual report</translation>
        </message>
        <message>
            <source>Print preview of the annual report</source>
            <translation>Print preview of the annual report</translation>
        </message>
        <message>
            <source>Print the annual report</source>
            <translation>Print the annual report</translation>
        </message>
        <message>
            <source>Save the annual report as a PDF file</source>
            <translation>Save the annual report as a PDF file</translation>
        </message>
        <message>
            <source>Public contributions list (¶17)</source>
            <translation>Public contributions list (¶17)</translation>
        </message>
        <message>
            <source>Y&amp;ear:</source>
            <translation>Y&amp;ear:</translation>
        </message>
        <message>
            <source>Year of the public list</source>
            <translation>Year of the public list</translation>
        </message>
        <message>
            <source>Output &amp;folder:</source>
            <translation>Output &amp;folder:</translation>
        </message>
        <message>
            <source>Where the HTML page and the CSV file for the fund's website are written.</source>
            <translation>Where the HTML page and the CSV file for the fund's website are written.</translation>
        </message>
        <message>
            <source>Choose the output folder</source>
            <translation>Choose the output folder</translation>
        </message>
        <message>
            <source>Preview &amp;withheld…</source>
            <translation>Preview &amp;withheld…</translation>
        </message>
        <message>
            <source>Preview what the public list shows and withholds</source>
            <translation>Preview what the public list shows and withholds</translation>
        </message>
        <message>
            <source>P&amp;ublish</source>
            <translation>P&amp;ublish</translation>
        </message>
        <message>
            <source>Write the public list</source>
            <translation>Write the public list</translation>
        </message>
        <message>
            <source>Pri&amp;nt list…</source>
            <translation>Pri&amp;nt list…</translation>
        </message>
        <message>
            <source>Print preview of the public list</source>
            <translation>Print preview of the public list</translation>
        </message>
        <message>
            <source>Approval packets (¶18)</source>
            <translation>Approval packets (¶18)</translation>
        </message>
        <message>
            <source>For the High Representative's signature: one item, or a meeting's whole slate.</source>
            <translation>For the High Representative's signature: one item, or a meeting's whole slate.</translation>
        </message>
        <message>
            <source>Item pac&amp;ket…</source>
            <translation>Item pac&amp;ket…</translation>
        </message>
        <message>
            <source>Approval packet of one item</source>
            <translation>Approval packet of one item</translation>
        </message>
        <message>
            <source>S&amp;late packet…</source>
            <translation>S&amp;late packet…</translation>
        </message>
        <message>
            <source>Approval packet of a meeting's slate</source>
            <translation>Approval packet of a meeting's slate</translation>
        </message>
        <message>
            <source>Sa&amp;ve scenario</source>
            <extracomment>button of the scenario planner</extracomment>
            <translation>Sa&amp;ve scenario</translation>
        </message>
        <message>
            <source>Annual funding in US dollars</source>
            <translation>Annual funding in US dollars</translation>
        </message>
        <message>
            <source>Staff costs a year in US dollars</source>
            <translation>Staff costs a year in US dollars</translation>
        </message>
        <message>
            <source>Cost per delegate in US dollars</source>
            <translation>Cost per delegate in US dollars</translation>
        </message>
        <message>
            <source>Average activity cost in US dollars</source>
            <translation>Average activity cost in US dollars</translation>
        </message>
        <message>
            <source>Staff posts (P and GS) charged to &amp;contributions (¶15)</source>
            <translation>Staff posts (P and GS) charged to &amp;contributions (¶15)</translation>
        </message>
        <message>
            <source>Start from a scenario</source>
            <translation>Start from a scenario</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>Scenario name</translation>
        </message>
        <message>
            <source>Sessions a year</source>
            <translation>Sessions a year</translation>
        </message>
        <message>
            <source>Delegates per session</source>
            <translation>Delegates per session</translation>
        </message>
        <message>
            <source>What the scenario carries</source>
            <translation>What the scenario carries</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>Scenarios side by side</translation>
        </message>
        <message>
            <source>&amp;Start from:</source>
            <translation>&amp;Start from:</translation>
        </message>
        <message>
            <source>Annual &amp;funding (USD):</source>
            <translation>Annual &amp;funding (USD):</translation>
        </message>
        <message>
            <source>Staff costs a &amp;year (USD):</source>
            <translation>Staff costs a &amp;year (USD):</translation>
        </message>
        <message>
            <source>S&amp;essions a year:</source>
            <translation>S&amp;essions a year:</translation>
        </message>
        <message>
            <source>&amp;Delegates per session:</source>
            <translation>&amp;Delegates per session:</translation>
        </message>
        <message>
            <source>Cost per de&amp;legate (USD):</source>
            <translation>Cost per de&amp;legate (USD):</translation>
        </message>
        <message>
            <source>Average &amp;activity cost (USD):</source>
            <translation>Average &amp;activity cost (USD):</translation>
        </message>
        <message>
            <source>Scenarios side by side (¶20 and saved):</source>
            <translation>Scenarios side by side (¶20 and saved):</translation>
        </message>
        <message>
            <source>Figures</source>
            <extracomment>Heading of the figures beside the proposed slate</extracomment>
            <translation>Figures</translation>
        </message>
        <message>
            <source>Propose a slate to see its figures.</source>
            <translation>Propose a slate to see its figures.</translation>
        </message>
        <message>
            <source>No application for this meeting is in the running yet: submitted applications that meet ¶21 can be proposed.</source>
            <translation>No application for this meeting is in the running yet: submitted applications that meet ¶21 can be proposed.</translation>
        </message>
        <message>
            <source>Sc&amp;enario:</source>
            <extracomment>Label of the ¶20 scenario combo of the slate builder</extracomment>
            <translation>Sc&amp;enario:</translation>
        </message>
        <message numerus="yes">
            <source>Small scale (¶20): %n delegate(s)</source>
            <extracomment>¶20 scenario: USD 2 million a year, 10 sponsored delegates per session</extracomment>
            <translation>
                <numerusform>Small scale (¶20): %n delegate</numerusform>
                <numerusform>Small scale (¶20): %n delegates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Medium scale (¶20): %n delegate(s)</source>
            <extracomment>¶20 scenario: USD 5 million a year, 20 sponsored delegates per session</extracomment>
            <translation>
                <numerusform>Medium scale (¶20): %n delegate</numerusform>
                <numerusform>Medium scale (¶20): %n delegates</numerusform>
            </translation>
        </message>
        <message>
            <source>Other number of seats</source>
            <extracomment>Scenario combo: a seat count of the person's own choosing</extracomment>
            <translation>Other number of seats</translation>
        </message>
        <message>
            <source>&amp;Seats:</source>
            <translation>&amp;Seats:</translation>
        </message>
        <message>
            <source>&amp;Budget (USD):</source>
            <extracomment>Label of the optional budget of the slate, in USD</extracomment>
            <translation>&amp;Budget (USD):</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>No limit</translation>
        </message>
        <message>
            <source>&amp;Propose</source>
            <translation>&amp;Propose</translation>
        </message>
        <message>
            <source>Propose the slate for the seats and budget (Alt+P)</source>
            <translation>Propose the slate for the seats and budget (Alt+P)</translation>
        </message>
        <message>
            <source>C&amp;lear Pins</source>
            <extracomment>Button: forget every pin and exclusion and propose again</extracomment>
            <translation>C&amp;lear Pins</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Seats</translation>
        </message>
        <message>
            <source>Budget in USD</source>
            <translation>Budget in USD</translation>
        </message>
        <message>
            <source>Proposing the slate</source>
            <translation>Proposing the slate</translation>
        </message>
        <message numerus="yes">
            <source>Proposed slate (%n delegate(s))</source>
            <extracomment>Heading of the list of proposed delegates</extracomment>
            <translation>
                <numerusform>Proposed slate (%n delegate)</numerusform>
                <numerusform>Proposed slate (%n delegates)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out (%n applicant(s))</source>
            <extracomment>Heading of the list of applicants not on the slate</extracomment>
            <translation>
                <numerusform>Left out (%n applicant)</numerusform>
                <numerusform>Left out (%n applicants)</numerusform>
            </translation>
        </message>
        <message>
            <source>Proposed slate</source>
            <translation>Proposed slate</translation>
        </message>
        <message>
            <source>Ctrl+P pins or unpins the current applicant, Ctrl+E excludes or includes them</source>
            <translation>Ctrl+P pins or unpins the current applicant, Ctrl+E excludes or includes them</translation>
        </message>
        <message>
            <source>Applicants left out</source>
            <translation>Applicants left out</translation>
        </message>
        <message>
            <source>Pin to the Slate</source>
            <extracomment>Context menu of the slate lists; Ctrl+P</extracomment>
            <translation>Pin to the Slate</translation>
        </message>
        <message>
            <source>Exclude from the Slate</source>
            <extracomment>Context menu of the slate lists; Ctrl+E</extracomment>
            <translation>Exclude from the Slate</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Region:</translation>
        </message>
        <message>
            <source>&amp;Priority group:</source>
            <extracomment>Filter above the sponsorship applications: LDC, LLDC or SIDS (¶22)</extracomment>
            <translation>&amp;Priority group:</translation>
        </message>
        <message>
            <source>All genders</source>
            <translation>All genders</translation>
        </message>
        <message>
            <source>Any priority group</source>
            <translation>Any priority group</translation>
        </message>
        <message>
            <source>Filter by gender</source>
            <translation>Filter by gender</translation>
        </message>
        <message>
            <source>Filter by priority group</source>
            <translation>Filter by priority group</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2 to %3 · %n formal meeting day(s)</source>
            <extracomment>Under the meeting selector: %1 city, %2 and %3 first and last day, %4 formal days</extracomment>
            <translation>
                <numerusform>%1, %2 to %3 · %n formal meeting day</numerusform>
                <numerusform>%1, %2 to %3 · %n formal meeting days</numerusform>
            </translation>
        </message>
        <message>
            <source>No meeting yet: create one with New Meeting to record applications.</source>
            <translation>No meeting yet: create one with New Meeting to record applications.</translation>
        </message>
        <message>
            <source>Edit Meeting</source>
            <translation>Edit Meeting</translation>
        </message>
        <message>
            <source>Sponsorship of representatives and experts</source>
            <extracomment>Accessible name of the Sponsorships page</extracomment>
            <translation>Sponsorship of representatives and experts</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>&amp;New Meeting…</source>
            <translation>&amp;New Meeting…</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <source>Edit Meet&amp;ing…</source>
            <translation>Edit Meet&amp;ing…</translation>
        </message>
        <message>
            <source>Edit meeting</source>
            <translation>Edit meeting</translation>
        </message>
        <message>
            <source>Edit the meeting's dates and cost norms</source>
            <translation>Edit the meeting's dates and cost norms</translation>
        </message>
        <message>
            <source>Appli&amp;cations</source>
            <extracomment>Tab of the Sponsorships page: the table of applications</extracomment>
            <translation>Appli&amp;cations</translation>
        </message>
        <message>
            <source>Slate B&amp;uilder</source>
            <extracomment>Tab of the Sponsorships page: propose the slate of sponsored delegates</extracomment>
            <translation>Slate B&amp;uilder</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s) shown · cost %1</source>
            <extracomment>Under the sponsorships table: %1 is the total cost such as USD 12,000.00</extracomment>
            <translation>
                <numerusform>%n application shown · cost %1</numerusform>
                <numerusform>%n applications shown · cost %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n woman/women</source>
            <extracomment>Under the sponsorships table: how many of the shown applicants are women</extracomment>
            <translation>
                <numerusform>%n woman</numerusform>
                <numerusform>%n women</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meet(s) ¶21</source>
            <extracomment>Under the sponsorships table: how many shown applications meet all of ¶21</extracomment>
            <translation>
                <numerusform>%n meets ¶21</numerusform>
                <numerusform>%n meet ¶21</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit Sponsorship Application</source>
            <translation>Edit Sponsorship Application</translation>
        </message>
        <message>
            <source>Delete the sponsorship application of %1 (%2)?</source>
            <extracomment>%1 is the applicant's name, %2 the State</extracomment>
            <translation>Delete the sponsorship application of %1 (%2)?</translation>
        </message>
        <message>
            <source>Delete Sponsorship Application</source>
            <translation>Delete Sponsorship Application</translation>
        </message>
        <message>
            <source>Sponsorship applications</source>
            <extracomment>Heading of the table of sponsorship applications for the chosen meeting</extracomment>
            <translation>Sponsorship applications</translation>
        </message>
        <message>
            <source>Filter by name, State, ministry, title…</source>
            <extracomment>Placeholder of the filter box above the sponsorships table</extracomment>
            <translation>Filter by name, State, ministry, title…</translation>
        </message>
        <message>
            <source>Add sponsorship application</source>
            <translation>Add sponsorship application</translation>
        </message>
        <message>
            <source>Edit sponsorship application</source>
            <translation>Edit sponsorship application</translation>
        </message>
        <message>
            <source>Delete sponsorship application</source>
            <translation>Delete sponsorship application</translation>
        </message>
        <message>
            <source>Export the table to CSV</source>
            <extracomment>Title of the file dialog of "Export CSV…" under a table</extracomment>
            <translation>Export the table to CSV</translation>
        </message>
        <message>
            <source>Export failed</source>
            <extracomment>Title of the message when a table could not be exported</extracomment>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <extracomment>Button under a table: save the rows shown (filtered, sorted) as a CSV file</extracomment>
            <translation>E&amp;xport CSV…</translation>
        </message>
        <message>
            <source>Save the rows shown, as filtered and sorted, to a CSV file (Ctrl+Shift+E)</source>
            <translation>Save the rows shown, as filtered and sorted, to a CSV file (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <source>Exports the visible rows of %1 to CSV</source>
            <extracomment>Accessible description of the Export CSV button; %1 is the table's title</extracomment>
            <translation>Exports the visible rows of %1 to CSV</translation>
        </message>
        <message>
            <source>(empty)</source>
            <extracomment>an empty value in the history of a record</extracomment>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <extracomment>one changed field in a record's history: %1 the field, %2 old, %3 new value</extracomment>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>Created</source>
            <extracomment>what happened to a record, in its history</extracomment>
            <translation>Created</translation>
        </message>
        <message>
            <source>Deleted</source>
            <extracomment>what happened to a record, in its history</extracomment>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>History of %1</source>
            <extracomment>window title: %1 names the record, such as an activity's reference</extracomment>
            <translation>History of %1</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <extracomment>a status move in an application's history: %1 the old, %2 the new status</extracomment>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>(no profile)</source>
            <translation>(no profile)</translation>
        </message>
        <message>
            <source>&amp;Status changes</source>
            <translation>&amp;Status changes</translation>
        </message>
        <message>
            <source>&amp;Changes to the record</source>
            <translation>&amp;Changes to the record</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Old → new values</source>
            <translation>Old → new values</translation>
        </message>
        <message>
            <source>Status changes</source>
            <translation>Status changes</translation>
        </message>
        <message>
            <source>Each move of the application, with who made it, when and the note.</source>
            <translation>Each move of the application, with who made it, when and the note.</translation>
        </message>
        <message>
            <source>Changes to the record</source>
            <translation>Changes to the record</translation>
        </message>
        <message>
            <source>Each entry of the audit trail about this record, with the old and new values.</source>
            <translation>Each entry of the audit trail about this record, with the old and new values.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>a profile in the Profile menu: %1 the name, %2 the role</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;New profile…</source>
            <translation>&amp;New profile…</translation>
        </message>
        <message>
            <source>Profile: %1 (%2)</source>
            <extracomment>the status bar's profile button: %1 the person's name, %2 the role</extracomment>
            <translation>Profile: %1 (%2)</translation>
        </message>
        <message>
            <source>Profile: choose yours</source>
            <translation>Profile: choose yours</translation>
        </message>
        <message>
            <source>Who is working on this laptop: the name recorded with every change, and the role that decides what you may approve.</source>
            <translation>Who is working on this laptop: the name recorded with every change, and the role that decides what you may approve.</translation>
        </message>
        <message>
            <source>Wor&amp;kflow…</source>
            <translation>Wor&amp;kflow…</translation>
        </message>
        <message>
            <source>Move the selected application to its next status, or amend its amount.</source>
            <translation>Move the selected application to its next status, or amend its amount.</translation>
        </message>
        <message>
            <source>Histor&amp;y…</source>
            <translation>Histor&amp;y…</translation>
        </message>
        <message>
            <source>The status changes and the audit trail of the selected application.</source>
            <translation>The status changes and the audit trail of the selected application.</translation>
        </message>
        <message>
            <source>P&amp;acket…</source>
            <extracomment>opens the approval packet (PDF) of the selected application</extracomment>
            <translation>P&amp;acket…</translation>
        </message>
        <message>
            <source>Preview, print or save the approval packet of the selected application.</source>
            <translation>Preview, print or save the approval packet of the selected application.</translation>
        </message>
        <message>
            <source>Slate p&amp;acket…</source>
            <extracomment>Button: preview, print or save the approval packet of the meeting's whole slate</extracomment>
            <translation>Slate p&amp;acket…</translation>
        </message>
        <message>
            <source>Slate approval packet</source>
            <translation>Slate approval packet</translation>
        </message>
        <message>
            <source>Preview, print or save the approval packet of this meeting's slate.</source>
            <translation>Preview, print or save the approval packet of this meeting's slate.</translation>
        </message>
        <message>
            <source>Show the &amp;records of</source>
            <extracomment>Context menu of a dashboard chart: a submenu listing the bars (regions, groups)</extracomment>
            <translation>Show the &amp;records of</translation>
        </message>
        <message>
            <source>Opening “%1” was cancelled; the file was not changed.</source>
            <extracomment>Status bar message; %1 is the file name of the fund</extracomment>
            <translation>Opening “%1” was cancelled; the file was not changed.</translation>
        </message>
        <message>
            <source>The fund's audit trail has been altered, first at entry %1: %2 Keep this file for investigation and work from a backup.</source>
            <extracomment>%1 is the number of the first broken entry, %2 what is wrong with it</extracomment>
            <translation>The fund's audit trail has been altered, first at entry %1: %2 Keep this file for investigation and work from a backup.</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>You can open the fund read-only: everything can be seen and printed, nothing can be changed.</source>
            <translation>You can open the fund read-only: everything can be seen and printed, nothing can be changed.</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Open &amp;read-only</translation>
        </message>
        <message>
            <source>Open the fund read-only</source>
            <translation>Open the fund read-only</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <extracomment>Button under the activities table; Insert key when the table has focus
----------
Button under the sponsorships table; Insert key when the table has focus</extracomment>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <extracomment>Button under the contributions table; Enter or double-click when the table has focus</extracomment>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <extracomment>Button under the contributions table; Delete key when the table has focus</extracomment>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>&amp;Score…</source>
            <extracomment>Button: declare a conflict of interest or score the selected application</extracomment>
            <translation>&amp;Score…</translation>
        </message>
        <message>
            <source>Co&amp;nsultation…</source>
            <extracomment>Button: record a consultation of the governance structure (¶18)</extracomment>
            <translation>Co&amp;nsultation…</translation>
        </message>
        <message>
            <source>Export Sc&amp;ores…</source>
            <extracomment>Button: save the per-criterion review scores as a CSV file</extracomment>
            <translation>Export Sc&amp;ores…</translation>
        </message>
        <message>
            <source>Add &amp;Contribution…</source>
            <extracomment>Button under the contributions table; Insert key when the table has focus</extracomment>
            <translation>Add &amp;Contribution…</translation>
        </message>
        <message>
            <source>Add D&amp;onor…</source>
            <extracomment>Button under the donors table; Insert key when the table has focus</extracomment>
            <translation>Add D&amp;onor…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <extracomment>Button under the donors table; Enter or double-click when the table has focus</extracomment>
            <translation>Ed&amp;it…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <extracomment>Button under the donors table; Delete key when the table has focus</extracomment>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <source>Dele&amp;te scenario…</source>
            <extracomment>button of the scenario planner: deletes the saved scenario chosen in "Start from"</extracomment>
            <translation>Dele&amp;te scenario…</translation>
        </message>
        <message>
            <source>Delete the saved scenario chosen in Start from</source>
            <translation>Delete the saved scenario chosen in Start from</translation>
        </message>
        <message>
            <source>Deletes the scenario chosen in “Start from”. The two ¶20 scenarios are built in and cannot be deleted.</source>
            <translation>Deletes the scenario chosen in “Start from”. The two ¶20 scenarios are built in and cannot be deleted.</translation>
        </message>
        <message>
            <source>The ¶20 scenarios are built in and cannot be deleted. Choose a scenario you saved in “Start from”.</source>
            <translation>The ¶20 scenarios are built in and cannot be deleted. Choose a scenario you saved in “Start from”.</translation>
        </message>
        <message>
            <source>Delete Scenario</source>
            <extracomment>%1 is the name of a saved scenario</extracomment>
            <translation>Delete Scenario</translation>
        </message>
        <message>
            <source>Delete the saved scenario “%1”? This cannot be undone.</source>
            <translation>Delete the saved scenario “%1”? This cannot be undone.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln delegate seat(s)</source>
            <extracomment>part of the planner's result: delegate seats a year</extracomment>
            <translation>
                <numerusform>%Ln delegate seat</numerusform>
                <numerusform>%Ln delegate seats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity(ies)</source>
            <extracomment>part of the planner's result: activities a year</extracomment>
            <translation>
                <numerusform>%Ln activity</numerusform>
                <numerusform>%Ln activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <extracomment>part of the planner's result: months of operation the funding covers</extracomment>
            <translation>
                <numerusform>%Ln month</numerusform>
                <numerusform>%Ln months</numerusform>
            </translation>
        </message>
        <message>
            <source>Carries %1 and %2 a year; the funding covers %3 at this rate; %4 left unallocated.</source>
            <extracomment>result of the scenario planner; %1 the delegate seats ("20 delegate seats"), %2 the activities ("2 activities"), %3 the months ("14 months"), %4 an amount left over</extracomment>
            <translation>Carries %1 and %2 a year; the funding covers %3 at this rate; %4 left unallocated.</translation>
        </message>
        <message>
            <source>Opening “%1”…</source>
            <extracomment>Banner while a fund opens; %1 is the file name</extracomment>
            <translation>Opening “%1”…</translation>
        </message>
        <message>
            <source>Checking the file for damage…</source>
            <translation>Checking the file for damage…</translation>
        </message>
        <message>
            <source>Verifying the audit trail, entry by entry…</source>
            <translation>Verifying the audit trail, entry by entry…</translation>
        </message>
        <message>
            <source>Preparing the fund's data…</source>
            <translation>Preparing the fund's data…</translation>
        </message>
        <message>
            <source>Cancel opening the fund</source>
            <translation>Cancel opening the fund</translation>
        </message>
        <message>
            <source>Fund being opened</source>
            <extracomment>Accessible name of the banner label naming the fund being opened</extracomment>
            <translation>Fund being opened</translation>
        </message>
        <message>
            <source>Current step</source>
            <extracomment>Accessible name of the banner label saying what opening the fund is doing now</extracomment>
            <translation>Current step</translation>
        </message>
        <message>
            <source>Progress of opening the fund</source>
            <translation>Progress of opening the fund</translation>
        </message>
        <message>
            <source>Opening a fund</source>
            <translation>Opening a fund</translation>
        </message>
        <message>
            <source>Loading the donors was cancelled.</source>
            <extracomment>Not normally shown: the user cancelled loading a table</extracomment>
            <translation>Loading the donors was cancelled.</translation>
        </message>
        <message>
            <source>Score Activity Application</source>
            <extracomment>Title of the message when the application to score can no longer be read</extracomment>
            <translation>Score Activity Application</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <extracomment>Shown in a progress dialog after Cancel, until the work has stopped</extracomment>
            <translation>Stopping…</translation>
        </message>
        <message>
            <source>Loading was cancelled: the table may be out of date.</source>
            <extracomment>Above a table whose background loading the user cancelled</extracomment>
            <translation>Loading was cancelled: the table may be out of date.</translation>
        </message>
        <message>
            <source>&amp;Load again</source>
            <extracomment>Button that reads a table's rows again after a cancelled load</extracomment>
            <translation>&amp;Load again</translation>
        </message>
        <message>
            <source>Loading the rows from the fund…</source>
            <extracomment>Above a table while its rows are read from the fund in the background</extracomment>
            <translation>Loading the rows from the fund…</translation>
        </message>
        <message>
            <source>Cancel loading</source>
            <extracomment>Stops reading a table's rows in the background (also Esc)</extracomment>
            <translation>Cancel loading</translation>
        </message>
    </context>
    <context>
        <name>Tr</name>
        <message>
            <source>no item has the reference “%1”. Give an activity's reference (CB-2026-014), or activity:N or sponsorship:N with the item's number.</source>
            <translation>no item has the reference “%1”. Give an activity's reference (CB-2026-014), or activity:N or sponsorship:N with the item's number.</translation>
        </message>
        <message>
            <source>The chart could not be saved to “%1”. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>The chart could not be saved to “%1”. Check that the folder exists and that you may write to it.</translation>
        </message>
    </context>
</TS>
