<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
    <context>
        <name>FundDesk::App</name>
        <message>
            <source>Write a consistent copy of a fund, even while it is open.</source>
            <translation>كتابة نسخة متسقة من الصندوق، حتى وإن كان مفتوحًا.</translation>
        </message>
        <message>
            <source>The backup file to write.</source>
            <translation>ملف النسخة الاحتياطية المراد كتابته.</translation>
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
            <translation>funddesk backup: يرجى تحديد الملف المراد كتابته باستخدام --output FILE.</translation>
        </message>
        <message>
            <source>funddesk backup: %1</source>
            <translation>funddesk backup: %1</translation>
        </message>
        <message>
            <source>Backed up to %1.</source>
            <translation>أُنشئت النسخة الاحتياطية في %1.</translation>
        </message>
        <message>
            <source>Replace a fund with a backup, after checking the backup. The replaced file is kept beside it.</source>
            <translation>استبدال الصندوق بنسخة احتياطية، بعد فحص النسخة الاحتياطية. ويُحتفظ بالملف المستبدَل إلى جانبه.</translation>
        </message>
        <message>
            <source>funddesk restore: name one backup file: funddesk restore FILE.</source>
            <translation>funddesk restore: يرجى تحديد ملف نسخة احتياطية واحد: funddesk restore FILE.</translation>
        </message>
        <message>
            <source>funddesk restore: %1</source>
            <translation>funddesk restore: %1</translation>
        </message>
        <message>
            <source>Restored %1 from %2.</source>
            <translation>استُعيد %1 من %2.</translation>
        </message>
        <message>
            <source>The replaced file was kept as %1.</source>
            <translation>احتُفظ بالملف المستبدَل باسم %1.</translation>
        </message>
        <message>
            <source>Check a fund's database: integrity and data version.</source>
            <translation>فحص قاعدة بيانات الصندوق: السلامة وإصدار البيانات.</translation>
        </message>
        <message>
            <source>funddesk check: %1</source>
            <translation>funddesk check: %1</translation>
        </message>
        <message>
            <source>%1: integrity ok; data version %2, upgraded to %3 when FundDesk next opens it.</source>
            <translation>%1: السلامة سليمة؛ إصدار البيانات %2، وسيُرقّى إلى %3 عندما يفتحه FundDesk في المرة القادمة.</translation>
        </message>
        <message>
            <source>%1: integrity ok; data version %2 (current).</source>
            <translation>%1: السلامة سليمة؛ إصدار البيانات %2 (الحالي).</translation>
        </message>
        <message>
            <source>FundDesk %1 — the fund manager's desktop for the UN Voluntary Fund for ICT-security capacity building.</source>
            <translation>FundDesk %1 — أداة مكتبية لمدير صندوق الأمم المتحدة للتبرعات لبناء القدرات في مجال أمن تكنولوجيات المعلومات والاتصالات.</translation>
        </message>
        <message>
            <source>Usage:</source>
            <translation>طريقة الاستخدام:</translation>
        </message>
        <message>
            <source>PATH</source>
            <extracomment>placeholder for a file path in command-line help</extracomment>
            <translation>PATH</translation>
        </message>
        <message>
            <source>open the window</source>
            <translation>فتح النافذة</translation>
        </message>
        <message>
            <source>&lt;command&gt; [options]</source>
            <translation>&lt;command&gt; [options]</translation>
        </message>
        <message>
            <source>work headless; “funddesk &lt;command&gt; --help” lists the options</source>
            <translation>العمل دون واجهة؛ يعرض الأمر «funddesk &lt;command&gt; --help» الخيارات</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>الأوامر:</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>عرض هذه التعليمات.</translation>
        </message>
        <message>
            <source>Show the version of FundDesk.</source>
            <translation>عرض إصدار FundDesk.</translation>
        </message>
        <message>
            <source>funddesk: unknown command “%1”. Run “funddesk --help” for the list of commands.</source>
            <translation>funddesk: أمر غير معروف «%1». يرجى تشغيل «funddesk --help» للاطلاع على قائمة الأوامر.</translation>
        </message>
        <message>
            <source>The fund's database file (default: %1).</source>
            <translation>ملف قاعدة بيانات الصندوق (الافتراضي: %1).</translation>
        </message>
        <message>
            <source>funddesk %1: %2</source>
            <extracomment>%1 is the command ("contribution add"), %2 what is wrong with the call</extracomment>
            <translation>funddesk %1: %2</translation>
        </message>
        <message>
            <source>Run “funddesk %1 --help” for the options.</source>
            <translation>يرجى تشغيل «funddesk %1 --help» للاطلاع على الخيارات.</translation>
        </message>
        <message>
            <source>Print the fund's balance and operational status for a year.</source>
            <translation>طباعة رصيد الصندوق وحالة تشغيله لسنة معينة.</translation>
        </message>
        <message>
            <source>Replace a fund with a checked backup, keeping the replaced file.</source>
            <translation>استبدال الصندوق بنسخة احتياطية مفحوصة، مع الاحتفاظ بالملف المستبدَل.</translation>
        </message>
        <message>
            <source>Create a realistic demo fund to explore FundDesk.</source>
            <translation>إنشاء صندوق تجريبي واقعي لاستكشاف FundDesk.</translation>
        </message>
        <message>
            <source>Seed of the generator: the same seed gives the same fund.</source>
            <translation>بذرة المولِّد: البذرة نفسها تعطي الصندوق نفسه.</translation>
        </message>
        <message>
            <source>N</source>
            <extracomment>placeholder for a number in command-line help</extracomment>
            <translation>N</translation>
        </message>
        <message>
            <source>funddesk demo: --seed takes a whole number from 0 to %1, not “%2”.</source>
            <translation>funddesk demo: يقبل الخيار --seed عددًا صحيحًا من 0 إلى %1، وليس «%2».</translation>
        </message>
        <message>
            <source>funddesk demo: “%1” already exists. Give a new file with --database PATH; an existing fund is never overwritten.</source>
            <translation>funddesk demo: «%1» موجود بالفعل. يرجى تحديد ملف جديد باستخدام --database PATH؛ إذ لا يُكتب فوق صندوق موجود أبدًا.</translation>
        </message>
        <message>
            <source>funddesk demo: %1</source>
            <translation>funddesk demo: %1</translation>
        </message>
        <message>
            <source>Demo fund created in %1.</source>
            <translation>أُنشئ الصندوق التجريبي في %1.</translation>
        </message>
        <message>
            <source>Received in %1</source>
            <translation>المقبوض في %1</translation>
        </message>
        <message>
            <source>Received, all years</source>
            <translation>المقبوض، جميع السنوات</translation>
        </message>
        <message>
            <source>Pledged, outstanding</source>
            <translation>المتعهد به، غير المسدد</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>الملتزم به</translation>
        </message>
        <message>
            <source>Disbursed</source>
            <translation>المصروف</translation>
        </message>
        <message>
            <source>Staff costs (P and GS posts)</source>
            <translation>تكاليف الموظفين (وظيفتا الفئة الفنية وفئة الخدمات العامة)</translation>
        </message>
        <message>
            <source>Staff costs (regular budget)</source>
            <translation>تكاليف الموظفين (الميزانية العادية)</translation>
        </message>
        <message>
            <source>Available for programmes</source>
            <translation>المتاح للبرامج</translation>
        </message>
        <message>
            <source>The year (default: this year).</source>
            <translation>السنة (الافتراضي: السنة الحالية).</translation>
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
            <translation>الوضع في 31 كانون الأول/ديسمبر %1</translation>
        </message>
        <message>
            <source>Demo fund</source>
            <translation>صندوق تجريبي</translation>
        </message>
        <message>
            <source>Open fund</source>
            <translation>فتح صندوق</translation>
        </message>
        <message>
            <source>New fund</source>
            <translation>صندوق جديد</translation>
        </message>
        <message>
            <source>FundDesk funds (*.funddesk)</source>
            <translation>صناديق FundDesk (*.funddesk)</translation>
        </message>
        <message>
            <source>“%1” already exists; a new fund never replaces a file. Choose another name.</source>
            <translation>«%1» موجود بالفعل؛ ولا يحل صندوق جديد محل ملف موجود أبدًا. يرجى اختيار اسم آخر.</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>نسخ احتياطي</translation>
        </message>
        <message>
            <source>Open a fund first: there is nothing to back up.</source>
            <translation>يرجى فتح صندوق أولًا: لا يوجد ما يُنسخ احتياطيًا.</translation>
        </message>
        <message>
            <source>The fund was backed up to “%1”.</source>
            <translation>نُسخ الصندوق احتياطيًا في «%1».</translation>
        </message>
        <message>
            <source>Verify the fund's hash-chained audit trail and name the first broken entry.</source>
            <translation>التحقق من سجل التدقيق للصندوق المتسلسل بقيم التجزئة، وتحديد أول قيد منقطع.</translation>
        </message>
        <message>
            <source>funddesk audit: %1</source>
            <translation>funddesk audit: %1</translation>
        </message>
        <message>
            <source>audit trail broken at entry %1: %2</source>
            <extracomment>%1 is the number of the first broken entry, %2 says what is wrong with it</extracomment>
            <translation>سجل التدقيق منقطع عند القيد %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>audit trail intact: %n entries</source>
            <translation>
                <numerusform>سجل التدقيق سليم: %n قيد</numerusform>
                <numerusform>سجل التدقيق سليم: %n قيد</numerusform>
                <numerusform>سجل التدقيق سليم: %n قيدان</numerusform>
                <numerusform>سجل التدقيق سليم: %n قيود</numerusform>
                <numerusform>سجل التدقيق سليم: %n قيدًا</numerusform>
                <numerusform>سجل التدقيق سليم: %n قيد</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: funddesk audit verify [--database PATH]</source>
            <translation>طريقة الاستخدام: funddesk audit verify [--database PATH]</translation>
        </message>
        <message>
            <source>funddesk audit: unknown or missing action “%1”. Usage: funddesk audit verify [--database PATH]</source>
            <translation>funddesk audit: الإجراء «%1» غير معروف أو مفقود. طريقة الاستخدام: funddesk audit verify [--database PATH]</translation>
        </message>
        <message>
            <source>Propose the slate of sponsored delegates for a meeting, with its figures and reasons.</source>
            <translation>اقتراح قائمة المندوبين المشمولين بالرعاية لاجتماع ما، مع أرقامها وأسبابها.</translation>
        </message>
        <message>
            <source>Verify the fund's audit trail: “audit verify” names the first broken entry.</source>
            <translation>التحقق من سجل التدقيق للصندوق: يحدد الأمر «audit verify» أول قيد منقطع.</translation>
        </message>
        <message>
            <source>Propose the slate of sponsored delegates for a meeting, with its figures and the reason for every decision.</source>
            <translation>اقتراح قائمة المندوبين المشمولين بالرعاية لاجتماع ما، مع أرقامها وسبب كل قرار.</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>no reviewer score, in a table cell</extracomment>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>  %1 (%2, %3) — %4, score %5</source>
            <translation>  %1 (%2، %3) — %4، الدرجة %5</translation>
        </message>
        <message>
            <source>The meeting's reference, such as PM-2026-1.</source>
            <translation>مرجع الاجتماع، مثل PM-2026-1.</translation>
        </message>
        <message>
            <source>REF</source>
            <extracomment>placeholder for a meeting reference in help</extracomment>
            <translation>REF</translation>
        </message>
        <message>
            <source>Seats to fill, from 1 to %1 (default: %2, the ¶20 small scale).</source>
            <translation>المقاعد المراد شغلها، من 1 إلى %1 (القيمة الافتراضية: %2، أي النطاق الصغير المذكور في ¶20).</translation>
        </message>
        <message>
            <source>The most the slate may cost, in USD.</source>
            <translation>أقصى تكلفة للقائمة المختارة، بدولارات الولايات المتحدة (USD).</translation>
        </message>
        <message>
            <source>USD</source>
            <extracomment>placeholder for an amount in command-line help</extracomment>
            <translation>USD</translation>
        </message>
        <message>
            <source>funddesk slate: give the meeting with --meeting REF.</source>
            <translation>funddesk slate: يرجى تحديد الاجتماع باستخدام --meeting REF.</translation>
        </message>
        <message>
            <source>funddesk slate: --seats takes a whole number from 1 to %1, not “%2”.</source>
            <translation>funddesk slate: يقبل الخيار --seats عددًا صحيحًا من 1 إلى %1، وليس «%2».</translation>
        </message>
        <message>
            <source>funddesk slate: --budget takes an amount in USD such as 120000 or 95000.50, not “%1”.</source>
            <translation>funddesk slate: يقبل الخيار --budget مبلغًا بدولارات الولايات المتحدة (USD) مثل 120000 أو 95000.50، وليس «%1».</translation>
        </message>
        <message>
            <source>funddesk slate: %1</source>
            <translation>funddesk slate: %1</translation>
        </message>
        <message>
            <source>%1 — %2, %3, %4 to %5</source>
            <extracomment>%1 meeting reference, %2 its name, %3 city, %4 and %5 first and last day</extracomment>
            <translation>%1 — %2، %3، من %4 إلى %5</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>تحذير: %1</translation>
        </message>
        <message>
            <source>Proposed slate</source>
            <translation>القائمة المقترحة</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>الأرقام</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>المستبعدون</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>استعادة</translation>
        </message>
        <message>
            <source>Replace the fund “%1” with the backup “%2”? The current file is kept beside it.</source>
            <translation>هل تريدون استبدال الصندوق «%1» بالنسخة الاحتياطية «%2»؟ سيُحتفظ بالملف الحالي بجانبه.</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>الدليل</translation>
        </message>
        <message>
            <source>The user manual was not found next to FundDesk.</source>
            <translation>لم يُعثر على دليل المستخدم بجانب FundDesk.</translation>
        </message>
        <message>
            <source>Print the dashboard's key figures for a year.</source>
            <translation>طباعة الأرقام الرئيسية للوحة المعلومات لسنة معينة.</translation>
        </message>
        <message>
            <source>Write the table behind a dashboard chart as CSV.</source>
            <translation>كتابة الجدول الذي يستند إليه رسم بياني من لوحة المعلومات بصيغة CSV.</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt: “contribution add”.</source>
            <translation>تسجيل تعهد أو مبلغ مقبوض: «contribution add».</translation>
        </message>
        <message>
            <source>Add a donor: “donor add”.</source>
            <translation>إضافة جهة مانحة: «donor add».</translation>
        </message>
        <message>
            <source>Move a sponsorship or an activity to its next status.</source>
            <translation>نقل رعاية أو نشاط إلى حالته التالية.</translation>
        </message>
        <message>
            <source>Record a payment against an approved item, or a refund.</source>
            <translation>تسجيل دفعة مقابل بند موافق عليه، أو تسجيل استرداد.</translation>
        </message>
        <message>
            <source>Close or reopen a year: “period close”, “period reopen”.</source>
            <translation>إقفال سنة أو إعادة فتحها: «period close»، «period reopen».</translation>
        </message>
        <message>
            <source>Add or list the local profiles: “profile add”, “profile list”.</source>
            <translation>إضافة ملفات التعريف المحلية أو سردها: «profile add»، «profile list».</translation>
        </message>
        <message>
            <source>Write an approval packet (PDF) for an item or a meeting's slate.</source>
            <translation>كتابة حزمة موافقة (PDF) لبند أو للقائمة المختارة لاجتماع.</translation>
        </message>
        <message>
            <source>Write the annual report to donors (PDF): “report annual”.</source>
            <translation>كتابة التقرير السنوي المقدم إلى الجهات المانحة (PDF): «report annual».</translation>
        </message>
        <message>
            <source>Write the public contributions list of a year (HTML and CSV).</source>
            <translation>كتابة القائمة العلنية للتبرعات لسنة معينة (HTML وCSV).</translation>
        </message>
        <message>
            <source>Import donors, contributions or applications from a CSV file, all or nothing.</source>
            <translation>استيراد الجهات المانحة أو التبرعات أو الطلبات من ملف CSV، إما كلها أو لا شيء منها.</translation>
        </message>
        <message>
            <source>Export donors, contributions or applications to a CSV file.</source>
            <translation>تصدير الجهات المانحة أو التبرعات أو الطلبات إلى ملف CSV.</translation>
        </message>
        <message>
            <source>no donor has the number “%1”.</source>
            <translation>لا توجد جهة مانحة تحمل الرقم «%1».</translation>
        </message>
        <message>
            <source>no donor is named “%1”. Add it with “funddesk donor add”, or give a State's ISO3 code.</source>
            <translation>لا توجد جهة مانحة باسم «%1». يرجى إضافتها باستخدام «funddesk donor add»، أو تحديد رمز ISO3 لدولة.</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt.</source>
            <translation>تسجيل تعهد أو مبلغ مقبوض.</translation>
        </message>
        <message>
            <source>The donor's name, or a State's ISO3 code.</source>
            <extracomment>placeholders in command-line help are in capitals</extracomment>
            <translation>اسم الجهة المانحة، أو رمز ISO3 لدولة.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>The donor's number.</source>
            <translation>رقم الجهة المانحة.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>pledge or receipt.</source>
            <translation>pledge (تعهد) أو receipt (مبلغ مقبوض).</translation>
        </message>
        <message>
            <source>TYPE</source>
            <translation>TYPE</translation>
        </message>
        <message>
            <source>The amount in the contribution's currency, such as 123.45.</source>
            <translation>المبلغ بعملة التبرع، مثل 123.45.</translation>
        </message>
        <message>
            <source>AMOUNT</source>
            <extracomment>placeholders in command-line help are in capitals</extracomment>
            <translation>AMOUNT</translation>
        </message>
        <message>
            <source>The ISO 4217 code, such as EUR.</source>
            <translation>رمز العملة وفق المعيار ISO 4217، مثل EUR.</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <source>USD per unit of the currency on the day (required unless USD).</source>
            <translation>عدد دولارات الولايات المتحدة (USD) مقابل وحدة واحدة من العملة في ذلك اليوم (مطلوب ما لم تكن العملة USD).</translation>
        </message>
        <message>
            <source>RATE</source>
            <translation>RATE</translation>
        </message>
        <message>
            <source>The date, YYYY-MM-DD.</source>
            <translation>التاريخ، بالصيغة YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>The donor's or bank's reference.</source>
            <translation>مرجع الجهة المانحة أو المصرف.</translation>
        </message>
        <message>
            <source>The profile recorded in the audit trail (name or number).</source>
            <translation>ملف التعريف المسجَّل في سجل التدقيق (الاسم أو الرقم).</translation>
        </message>
        <message>
            <source>PROFILE</source>
            <translation>PROFILE</translation>
        </message>
        <message>
            <source>give the donor with --donor NAME or --donor-id ID.</source>
            <translation>يرجى تحديد الجهة المانحة باستخدام --donor NAME أو --donor-id ID.</translation>
        </message>
        <message>
            <source>--type takes pledge or receipt, not “%1”.</source>
            <translation>يقبل الخيار --type القيمة pledge أو receipt، وليس «%1».</translation>
        </message>
        <message>
            <source>give the currency with --currency CODE.</source>
            <translation>يرجى تحديد العملة باستخدام --currency CODE.</translation>
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
            <translation>يرجى تحديد سعر %1 مقابل USD في ذلك اليوم باستخدام --usd-rate RATE.</translation>
        </message>
        <message>
            <source>--date takes a date as YYYY-MM-DD, not “%1”.</source>
            <translation>يقبل الخيار --date تاريخًا بالصيغة YYYY-MM-DD، وليس «%1».</translation>
        </message>
        <message>
            <source>recorded contribution %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>سُجِّل التبرع %1</translation>
        </message>
        <message>
            <source>Usage: funddesk contribution add --donor NAME --type pledge|receipt --amount AMOUNT --currency CODE [--usd-rate RATE] --date DATE [--reference REF] [--database PATH]</source>
            <translation>طريقة الاستخدام: funddesk contribution add --donor NAME --type pledge|receipt --amount AMOUNT --currency CODE [--usd-rate RATE] --date DATE [--reference REF] [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; “funddesk contribution add --help” lists the options.</source>
            <translation>الإجراء «%1» غير معروف أو مفقود؛ يعرض الأمر «funddesk contribution add --help» الخيارات.</translation>
        </message>
        <message>
            <source>funddesk %1: --year takes a year such as %2, not “%3”.</source>
            <extracomment>%1 is the command, %2 an example year, %3 what was typed</extracomment>
            <translation>funddesk %1: يقبل الخيار --year سنةً مثل %2، وليس «%3».</translation>
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
            <translation>كتابة الجدول الذي يستند إليه رسم بياني من لوحة المعلومات بصيغة CSV.

الرسوم البيانية:
%1</translation>
        </message>
        <message>
            <source>The CSV file to write.</source>
            <translation>ملف CSV المراد كتابته.</translation>
        </message>
        <message>
            <source>FILE.csv</source>
            <extracomment>placeholder for a file name in command-line help</extracomment>
            <translation>FILE.csv</translation>
        </message>
        <message>
            <source>funddesk chart: name one chart, such as spending-by-region. “funddesk chart --help” lists them.</source>
            <translation>funddesk chart: يرجى تحديد رسم بياني واحد، مثل spending-by-region. ويعرض الأمر «funddesk chart --help» قائمتها.</translation>
        </message>
        <message>
            <source>funddesk chart: there is no chart “%1”. These are:
%2</source>
            <extracomment>%1 is what was typed</extracomment>
            <translation>funddesk chart: لا يوجد رسم بياني باسم «%1». الرسوم البيانية المتاحة هي:
%2</translation>
        </message>
        <message>
            <source>funddesk chart: give the file to write with --output FILE.csv.</source>
            <translation>funddesk chart: يرجى تحديد الملف المراد كتابته باستخدام --output FILE.csv.</translation>
        </message>
        <message>
            <source>funddesk chart: %1</source>
            <translation>funddesk chart: %1</translation>
        </message>
        <message>
            <source>Wrote “%1” to %2.</source>
            <extracomment>%1 is a table's title, %2 a file path</extracomment>
            <translation>كُتب «%1» في %2.</translation>
        </message>
        <message>
            <source>Size of the fund: 1 is the demo fund; N above 1 is N times the medium scale of the report (¶20) over ten years, for measuring FundDesk at volume.</source>
            <translation>حجم الصندوق: القيمة 1 تعني الصندوق التجريبي؛ والقيمة N الأكبر من 1 تعني N ضعف النطاق المتوسط الوارد في التقرير (¶20) على مدى عشر سنوات، لقياس أداء FundDesk مع أحجام كبيرة من البيانات.</translation>
        </message>
        <message>
            <source>funddesk demo: --scale takes a whole number from 1 to 1000, not “%1”.</source>
            <translation>funddesk demo: يقبل الخيار --scale عددًا صحيحًا من 1 إلى 1000، وليس «%1».</translation>
        </message>
        <message>
            <source>Record a payment against an approved item, or a refund of one.</source>
            <translation>تسجيل دفعة مقابل بند موافق عليه، أو تسجيل استرداد لدفعة.</translation>
        </message>
        <message>
            <source>The activity's reference (CB-2026-014), or activity:N or sponsorship:N.</source>
            <translation>مرجع النشاط (CB-2026-014)، أو activity:N أو sponsorship:N.</translation>
        </message>
        <message>
            <source>The amount paid, such as 1250.00.</source>
            <translation>المبلغ المدفوع، مثل 1250.00.</translation>
        </message>
        <message>
            <source>Who was paid.</source>
            <translation>المستفيد من الدفعة.</translation>
        </message>
        <message>
            <source>The payment's reference.</source>
            <translation>مرجع الدفعة.</translation>
        </message>
        <message>
            <source>Record a refund of earlier payments.</source>
            <translation>تسجيل استرداد لمدفوعات سابقة.</translation>
        </message>
        <message>
            <source>Why the money was refunded.</source>
            <translation>سبب استرداد الأموال.</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>The acting profile (name or number).</source>
            <translation>ملف التعريف الذي يتولى الإجراء (الاسم أو الرقم).</translation>
        </message>
        <message>
            <source>give the item with --item REF.</source>
            <translation>يرجى تحديد البند باستخدام --item REF.</translation>
        </message>
        <message>
            <source>give the acting profile with --as PROFILE.</source>
            <translation>يرجى تحديد ملف التعريف الذي يتولى الإجراء باستخدام --as PROFILE.</translation>
        </message>
        <message>
            <source>recorded refund %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>سُجِّل الاسترداد %1</translation>
        </message>
        <message>
            <source>recorded disbursement %1</source>
            <translation>سُجِّلت الدفعة %1</translation>
        </message>
        <message>
            <source>The file (or, for publish, the folder) to write.</source>
            <translation>الملف المراد كتابته (أو المجلد، في حالة الأمر publish).</translation>
        </message>
        <message>
            <source>The document's language: ar, zh, en, fr, ru or es (default: en).</source>
            <translation>لغة الوثيقة: ar أو zh أو en أو fr أو ru أو es (الافتراضي: en).</translation>
        </message>
        <message>
            <source>LANG</source>
            <extracomment>placeholder for a language code in command-line help</extracomment>
            <translation>LANG</translation>
        </message>
        <message>
            <source>The paper: a4 or letter (default: a4).</source>
            <translation>حجم الورق: a4 أو letter (الافتراضي: a4).</translation>
        </message>
        <message>
            <source>PAPER</source>
            <extracomment>placeholder for a paper size in help</extracomment>
            <translation>PAPER</translation>
        </message>
        <message>
            <source>funddesk %1: documents need the graphical libraries; run it as “funddesk %1 …”.</source>
            <translation>funddesk %1: تحتاج الوثائق إلى المكتبات الرسومية؛ يرجى تشغيله بالصيغة «funddesk %1 …».</translation>
        </message>
        <message>
            <source>funddesk %1: say where to write with --output PATH.</source>
            <translation>funddesk %1: يرجى تحديد مكان الكتابة باستخدام --output PATH.</translation>
        </message>
        <message>
            <source>funddesk %1: --lang takes ar, zh, en, fr, ru or es, not “%2”.</source>
            <translation>funddesk %1: يقبل الخيار --lang القيمة ar أو zh أو en أو fr أو ru أو es، وليس «%2».</translation>
        </message>
        <message>
            <source>funddesk %1: --paper takes a4 or letter, not “%2”.</source>
            <translation>funddesk %1: يقبل الخيار --paper القيمة a4 أو letter، وليس «%2».</translation>
        </message>
        <message>
            <source>Wrote %1 (record SHA-256 %2).</source>
            <translation>كُتب %1 (قيمة SHA-256 للسجل: %2).</translation>
        </message>
        <message>
            <source>Write the approval packet of an item, or of a meeting's slate, as a PDF for the High Representative's signature.</source>
            <translation>كتابة حزمة الموافقة لبند، أو للقائمة المختارة لاجتماع، بصيغة PDF لتوقيع الممثل السامي.</translation>
        </message>
        <message>
            <source>The item: an activity's reference or SP-&lt;number&gt;.</source>
            <translation>البند: مرجع نشاط أو SP-&lt;number&gt;.</translation>
        </message>
        <message>
            <source>The meeting whose slate to put in one packet.</source>
            <translation>الاجتماع الذي تُجمع قائمته المختارة في حزمة واحدة.</translation>
        </message>
        <message>
            <source>funddesk packet: give either --item REF or --meeting REF.</source>
            <translation>funddesk packet: يرجى تحديد --item REF أو --meeting REF.</translation>
        </message>
        <message>
            <source>Write a report: “report annual” writes the annual report to donors (¶27) as a PDF.</source>
            <translation>كتابة تقرير: يكتب الأمر «report annual» التقرير السنوي المقدم إلى الجهات المانحة (¶27) بصيغة PDF.</translation>
        </message>
        <message>
            <source>The year reported on.</source>
            <translation>السنة التي يغطيها التقرير.</translation>
        </message>
        <message>
            <source>funddesk report: say which report: “funddesk report annual --year YEAR --output FILE.pdf”.</source>
            <translation>funddesk report: يرجى تحديد التقرير: «funddesk report annual --year YEAR --output FILE.pdf».</translation>
        </message>
        <message>
            <source>Write the public contributions list of a year (¶17) as an HTML page and a CSV file.</source>
            <translation>كتابة القائمة العلنية للتبرعات لسنة معينة (¶17) في صورة صفحة HTML وملف CSV.</translation>
        </message>
        <message>
            <source>The year to publish.</source>
            <translation>السنة المراد نشرها.</translation>
        </message>
        <message>
            <source>funddesk publish: %1</source>
            <translation>funddesk publish: %1</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>كُتب %1.</translation>
        </message>
        <message>
            <source>Add a donor.</source>
            <translation>إضافة جهة مانحة.</translation>
        </message>
        <message>
            <source>The donor's name (for a State, the reference name is used).</source>
            <translation>اسم الجهة المانحة (بالنسبة إلى الدولة، يُستخدم الاسم الوارد في القائمة المرجعية).</translation>
        </message>
        <message>
            <source>One of: %1.</source>
            <extracomment>%1 lists the kinds</extracomment>
            <translation>إحدى القيم التالية: %1.</translation>
        </message>
        <message>
            <source>KIND</source>
            <extracomment>placeholder for a kind of records in help</extracomment>
            <translation>KIND</translation>
        </message>
        <message>
            <source>ISO3 code: the State itself, or the seat of another donor.</source>
            <translation>رمز ISO3: الدولة نفسها، أو مقر جهة مانحة أخرى.</translation>
        </message>
        <message>
            <source>ISO3</source>
            <translation>ISO3</translation>
        </message>
        <message>
            <source>The UN's due diligence has cleared the donor (¶14).</source>
            <translation>أجازت الأمم المتحدة الجهة المانحة في إطار العناية الواجبة (¶14).</translation>
        </message>
        <message>
            <source>--kind takes one of %1, not “%2”.</source>
            <translation>يقبل الخيار --kind إحدى القيم %1، وليس «%2».</translation>
        </message>
        <message>
            <source>added donor %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>أُضيفت الجهة المانحة %1</translation>
        </message>
        <message>
            <source>Usage: funddesk donor add --name NAME --kind KIND [--country ISO3] [--cleared] [--database PATH]</source>
            <translation>طريقة الاستخدام: funddesk donor add --name NAME --kind KIND [--country ISO3] [--cleared] [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; “funddesk donor add --help” lists the options.</source>
            <translation>الإجراء «%1» غير معروف أو مفقود؛ يعرض الأمر «funddesk donor add --help» الخيارات.</translation>
        </message>
        <message>
            <source>Export records to a CSV file that “funddesk import” reads back: KIND --output FILE.csv, KIND one of %1.</source>
            <translation>تصدير السجلات إلى ملف CSV يمكن أن يقرأه الأمر «funddesk import» مرة أخرى: KIND --output FILE.csv، حيث KIND إحدى القيم %1.</translation>
        </message>
        <message>
            <source>funddesk export: give the kind and the file: funddesk export KIND --output FILE.csv; KIND is one of %1.</source>
            <translation>funddesk export: يرجى تحديد النوع والملف: funddesk export KIND --output FILE.csv؛ حيث KIND إحدى القيم %1.</translation>
        </message>
        <message>
            <source>funddesk export: %1</source>
            <translation>funddesk export: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) exported to %1.</source>
            <extracomment>%n is the number of records, %1 a file path</extracomment>
            <translation>
                <numerusform>صُدِّر %n سجل إلى %1.</numerusform>
                <numerusform>صُدِّر %n سجل إلى %1.</numerusform>
                <numerusform>صُدِّر %n سجلان إلى %1.</numerusform>
                <numerusform>صُدِّرت %n سجلات إلى %1.</numerusform>
                <numerusform>صُدِّر %n سجلًا إلى %1.</numerusform>
                <numerusform>صُدِّر %n سجل إلى %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>funddesk import: %1</source>
            <translation>funddesk import: %1</translation>
        </message>
        <message>
            <source>funddesk import: write a template with --template KIND --output FILE.csv; KIND is one of %1.</source>
            <translation>funddesk import: يرجى كتابة قالب باستخدام --template KIND --output FILE.csv؛ حيث KIND إحدى القيم %1.</translation>
        </message>
        <message>
            <source>“%1” could not be written. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>تعذّرت كتابة «%1». يرجى التحقق من وجود المجلد ومن أن لديكم إذنًا بالكتابة فيه.</translation>
        </message>
        <message>
            <source>Template written to %1.</source>
            <translation>كُتب القالب في %1.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of the CSV file, %2 the problem</extracomment>
            <translation>السطر %1: %2</translation>
        </message>
        <message>
            <source>Line %1, column %2: %3</source>
            <extracomment>%1 is a line number of the CSV file, %2 a column name, %3 the problem</extracomment>
            <translation>السطر %1، العمود %2: %3</translation>
        </message>
        <message>
            <source>Import records from a CSV file, all or nothing: KIND FILE.csv, KIND one of %1.</source>
            <translation>استيراد السجلات من ملف CSV، إما كلها أو لا شيء منها: KIND FILE.csv، حيث KIND إحدى القيم %1.</translation>
        </message>
        <message>
            <source>Check the file and print its problems; write nothing.</source>
            <translation>فحص الملف وطباعة مشكلاته؛ دون كتابة أي شيء.</translation>
        </message>
        <message>
            <source>Confirm that no receipt's conditions restrict its use to specific activities (no earmarking, ¶19).</source>
            <translation>التأكيد على أن شروط أي مبلغ مقبوض لا تقصر استخدامه على أنشطة محددة (لا تخصيص للغرض، ¶19).</translation>
        </message>
        <message>
            <source>Write an empty file of that kind instead.</source>
            <translation>كتابة ملف فارغ من ذلك النوع بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>Where --template writes.</source>
            <translation>المكان الذي يكتب فيه الخيار --template.</translation>
        </message>
        <message>
            <source>funddesk import: give the kind and the file: funddesk import KIND FILE.csv; KIND is one of %1.</source>
            <translation>funddesk import: يرجى تحديد النوع والملف: funddesk import KIND FILE.csv؛ حيث KIND إحدى القيم %1.</translation>
        </message>
        <message>
            <source>“%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>تعذّر فتح «%1». يرجى التحقق من اسمه ومن أن لديكم إذنًا بقراءته.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found; nothing was imported.</source>
            <extracomment>%n is the number of problems</extracomment>
            <translation>
                <numerusform>وُجدت %n مشكلة؛ ولم يُستورد أي شيء.</numerusform>
                <numerusform>وُجدت %n مشكلة؛ ولم يُستورد أي شيء.</numerusform>
                <numerusform>وُجدت %n مشكلتان؛ ولم يُستورد أي شيء.</numerusform>
                <numerusform>وُجدت %n مشكلات؛ ولم يُستورد أي شيء.</numerusform>
                <numerusform>وُجدت %n مشكلةً؛ ولم يُستورد أي شيء.</numerusform>
                <numerusform>وُجدت %n مشكلة؛ ولم يُستورد أي شيء.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) checked: the file can be imported. Nothing was written (--dry-run).</source>
            <extracomment>%n is the number of rows</extracomment>
            <translation>
                <numerusform>فُحص %n صف: يمكن استيراد الملف. ولم يُكتب أي شيء (--dry-run).</numerusform>
                <numerusform>فُحص %n صف: يمكن استيراد الملف. ولم يُكتب أي شيء (--dry-run).</numerusform>
                <numerusform>فُحص %n صفان: يمكن استيراد الملف. ولم يُكتب أي شيء (--dry-run).</numerusform>
                <numerusform>فُحصت %n صفوف: يمكن استيراد الملف. ولم يُكتب أي شيء (--dry-run).</numerusform>
                <numerusform>فُحص %n صفًا: يمكن استيراد الملف. ولم يُكتب أي شيء (--dry-run).</numerusform>
                <numerusform>فُحص %n صف: يمكن استيراد الملف. ولم يُكتب أي شيء (--dry-run).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) imported into %1.</source>
            <extracomment>%n is the number of records, %1 a file path</extracomment>
            <translation>
                <numerusform>استُورد %n سجل إلى %1.</numerusform>
                <numerusform>استُورد %n سجل إلى %1.</numerusform>
                <numerusform>استُورد %n سجلان إلى %1.</numerusform>
                <numerusform>استُوردت %n سجلات إلى %1.</numerusform>
                <numerusform>استُورد %n سجلًا إلى %1.</numerusform>
                <numerusform>استُورد %n سجل إلى %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: funddesk period close|reopen --year YEAR [--reason TEXT] --as PROFILE [--database PATH]</source>
            <translation>طريقة الاستخدام: funddesk period close|reopen --year YEAR [--reason TEXT] --as PROFILE [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; use close or reopen.</source>
            <translation>الإجراء «%1» غير معروف أو مفقود؛ يرجى استخدام close أو reopen.</translation>
        </message>
        <message>
            <source>Close a year: its records can no longer change.</source>
            <translation>إقفال سنة: لا يعود بالإمكان تغيير سجلاتها.</translation>
        </message>
        <message>
            <source>Reopen a closed year, with the reason.</source>
            <translation>إعادة فتح سنة مقفلة، مع ذكر السبب.</translation>
        </message>
        <message>
            <source>The year, such as 2025.</source>
            <translation>السنة، مثل 2025.</translation>
        </message>
        <message>
            <source>Why the year is reopened (required).</source>
            <translation>سبب إعادة فتح السنة (مطلوب).</translation>
        </message>
        <message>
            <source>--year takes a year such as 2025, not “%1”.</source>
            <translation>يقبل الخيار --year سنةً مثل 2025، وليس «%1».</translation>
        </message>
        <message>
            <source>closed %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is a year</extracomment>
            <translation>أُقفلت السنة %1</translation>
        </message>
        <message>
            <source>reopened %1</source>
            <translation>أُعيد فتح السنة %1</translation>
        </message>
        <message>
            <source>Add a local profile (¶15, ¶18).</source>
            <translation>إضافة ملف تعريف محلي (¶15، ¶18).</translation>
        </message>
        <message>
            <source>The person's name.</source>
            <translation>اسم الشخص.</translation>
        </message>
        <message>
            <source>fund-manager, finance-assistant or hr-office (the High Representative's office).</source>
            <translation>fund-manager (مدير الصندوق) أو finance-assistant (مساعد مالي) أو hr-office (مكتب الممثل السامي).</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>ROLE</translation>
        </message>
        <message>
            <source>--role takes fund-manager, finance-assistant or hr-office, not “%1”.</source>
            <translation>يقبل الخيار --role القيمة fund-manager أو finance-assistant أو hr-office، وليس «%1».</translation>
        </message>
        <message>
            <source>added profile %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>أُضيف ملف التعريف %1</translation>
        </message>
        <message>
            <source>List the local profiles: number, role, name.</source>
            <translation>سرد ملفات التعريف المحلية: الرقم، والدور، والاسم.</translation>
        </message>
        <message>
            <source>Usage: funddesk profile add --name NAME --role ROLE | funddesk profile list [--database PATH]</source>
            <translation>طريقة الاستخدام: funddesk profile add --name NAME --role ROLE | funddesk profile list [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; use add or list.</source>
            <translation>الإجراء «%1» غير معروف أو مفقود؛ يرجى استخدام add أو list.</translation>
        </message>
        <message>
            <source>Move a sponsorship or an activity to its next status (¶18), with who and why.</source>
            <translation>نقل رعاية أو نشاط إلى حالته التالية (¶18)، مع بيان من قام بذلك وسببه.</translation>
        </message>
        <message>
            <source>The new status, such as submitted, eligible, under-review, recommended, approved.</source>
            <translation>الحالة الجديدة، مثل submitted أو eligible أو under-review أو recommended أو approved.</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <source>Why: required for recommendations and decisions.</source>
            <translation>السبب: مطلوب للتوصيات والقرارات.</translation>
        </message>
        <message>
            <source>The approved amount in USD (default: what was requested).</source>
            <translation>المبلغ الموافق عليه بعملة USD (الافتراضي: المبلغ المطلوب).</translation>
        </message>
        <message>
            <source>--to takes a status such as submitted or approved, not “%1”.</source>
            <translation>يقبل الخيار --to حالةً مثل submitted أو approved، وليس «%1».</translation>
        </message>
        <message>
            <source>moved %1 to %2</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 the item, %2 a status key</extracomment>
            <translation>نُقل %1 إلى %2</translation>
        </message>
        <message>
            <source>unexpected argument “%1”.</source>
            <translation>وسيطة غير متوقعة «%1».</translation>
        </message>
        <message>
            <source>funddesk: %1</source>
            <translation>funddesk: %1</translation>
        </message>
        <message>
            <source>funddesk %1: the disk is full, so nothing was saved and the fund is unchanged. Free some space and try again.</source>
            <translation>funddesk %1: القرص ممتلئ، ولذلك لم يُحفظ أي شيء ولم يتغير الصندوق. يرجى إخلاء بعض المساحة والمحاولة مرة أخرى.</translation>
        </message>
        <message>
            <source>no profile is named “%1”. “funddesk profile list” shows them; “funddesk profile add” adds one.</source>
            <translation>لا يوجد ملف تعريف باسم «%1». يعرض الأمر «funddesk profile list» ملفات التعريف؛ ويضيف الأمر «funddesk profile add» ملف تعريف جديدًا.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) imported.</source>
            <extracomment>%n is the number of records imported from a CSV file</extracomment>
            <translation>
                <numerusform>استُورد %n سجل.</numerusform>
                <numerusform>استُورد %n سجل.</numerusform>
                <numerusform>استُورد %n سجلان.</numerusform>
                <numerusform>استُوردت %n سجلات.</numerusform>
                <numerusform>استُورد %n سجلًا.</numerusform>
                <numerusform>استُورد %n سجل.</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up the fund to “%1”…</source>
            <translation>جارٍ نسخ الصندوق احتياطيًا في «%1»…</translation>
        </message>
        <message>
            <source>Restoring the fund from “%1”…</source>
            <translation>جارٍ استعادة الصندوق من «%1»…</translation>
        </message>
        <message>
            <source>Backing up the fund before closing…</source>
            <translation>جارٍ نسخ الصندوق احتياطيًا قبل الإغلاق…</translation>
        </message>
    </context>
    <context>
        <name>FundDesk::Core</name>
        <message>
            <source>Entry %1 of the audit trail is missing: it was deleted.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>القيد %1 من سجل التدقيق مفقود: لقد حُذف.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail does not follow the entry before it: an entry was inserted or removed there.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>القيد %1 من سجل التدقيق لا يتبع القيد السابق له: أُدرج قيد أو أُزيل في هذا الموضع.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail does not match its hash: it was changed after it was written.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>القيد %1 من سجل التدقيق لا يطابق قيمة التجزئة الخاصة به: لقد غُيّر بعد كتابته.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail was not written by FundDesk: it was added to the trail afterwards.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>القيد %1 من سجل التدقيق لم يكتبه FundDesk: لقد أُضيف إلى السجل لاحقًا.</translation>
        </message>
        <message>
            <source>The backup “%1” does not exist.</source>
            <translation>النسخة الاحتياطية «%1» غير موجودة.</translation>
        </message>
        <message>
            <source>The backup and the fund are the same file; choose a backup.</source>
            <translation>النسخة الاحتياطية والصندوق هما الملف نفسه؛ يرجى اختيار نسخة احتياطية.</translation>
        </message>
        <message>
            <source>The folder “%1” could not be created.</source>
            <translation>تعذّر إنشاء المجلد «%1».</translation>
        </message>
        <message>
            <source>The backup could not be copied next to the fund. Check that the disk has room; nothing was replaced.</source>
            <translation>تعذّر نسخ النسخة الاحتياطية إلى جانب الصندوق. يرجى التحقق من توفر مساحة كافية على القرص؛ لم يُستبدل أي شيء.</translation>
        </message>
        <message>
            <source>The current fund file could not be set aside; nothing was replaced.</source>
            <translation>تعذّر نقل ملف الصندوق الحالي جانبًا؛ لم يُستبدل أي شيء.</translation>
        </message>
        <message>
            <source>The backup could not be put in place; the fund was left as it was.</source>
            <translation>تعذّر وضع النسخة الاحتياطية في مكانها؛ وتُرك الصندوق على حاله.</translation>
        </message>
        <message>
            <source>A backup cannot replace the fund's own database. Choose another file name.</source>
            <translation>لا يمكن أن تحل نسخة احتياطية محل قاعدة بيانات الصندوق نفسها. يرجى اختيار اسم ملف آخر.</translation>
        </message>
        <message>
            <source>The backup “%1” could not be written. Check that the folder is writable and the disk has room.</source>
            <translation>تعذّرت كتابة النسخة الاحتياطية «%1». يرجى التحقق من إمكانية الكتابة في المجلد ومن توفر مساحة على القرص.</translation>
        </message>
        <message>
            <source>The backup could not be saved as “%1”. Choose another file name.</source>
            <translation>تعذّر حفظ النسخة الاحتياطية باسم «%1». يرجى اختيار اسم ملف آخر.</translation>
        </message>
        <message>
            <source>“%1” is not a FundDesk database. Choose the fund's .funddesk file, or create a new fund.</source>
            <translation>«%1» ليس قاعدة بيانات FundDesk. يرجى اختيار ملف .funddesk الخاص بالصندوق، أو إنشاء صندوق جديد.</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be opened: check that the file exists and that you may read it.</source>
            <translation>تعذّر فتح قاعدة بيانات الصندوق «%1»: يرجى التحقق من وجود الملف ومن أن لديكم إذنًا بقراءته.</translation>
        </message>
        <message>
            <source>The fund's database “%1” is damaged and was not changed. Restore it from a backup (File ▸ Restore…).</source>
            <translation>قاعدة بيانات الصندوق «%1» تالفة ولم تُغيَّر. يرجى استعادتها من نسخة احتياطية (ملف ▸ استعادة…).</translation>
        </message>
        <message>
            <source>“%1” was written by a newer FundDesk (data version %2); this FundDesk reads data versions up to %3. The file was not changed: update FundDesk to open it.</source>
            <translation>كُتب «%1» بإصدار أحدث من FundDesk (إصدار البيانات %2)؛ ويقرأ هذا الإصدار من FundDesk إصدارات البيانات حتى %3. لم يُغيَّر الملف: يرجى تحديث FundDesk لفتحه.</translation>
        </message>
        <message>
            <source>The folder “%1” could not be created. Choose another place for the fund's database.</source>
            <translation>تعذّر إنشاء المجلد «%1». يرجى اختيار مكان آخر لقاعدة بيانات الصندوق.</translation>
        </message>
        <message>
            <source>The file “%1” could not be created. Check that the folder is writable and the disk is not full.</source>
            <translation>تعذّر إنشاء الملف «%1». يرجى التحقق من إمكانية الكتابة في المجلد ومن أن القرص غير ممتلئ.</translation>
        </message>
        <message>
            <source>The fund's database “%1” does not exist.</source>
            <translation>قاعدة بيانات الصندوق «%1» غير موجودة.</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be opened: check that the file exists and that you may read and write it.</source>
            <translation>تعذّر فتح قاعدة بيانات الصندوق «%1»: يرجى التحقق من وجود الملف ومن أن لديكم إذنًا بقراءته والكتابة فيه.</translation>
        </message>
        <message>
            <source>Before upgrading the fund's data, FundDesk could not keep a copy at “%1”, so nothing was changed. Free some disk space and try again.</source>
            <translation>قبل ترقية بيانات الصندوق، تعذّر على FundDesk الاحتفاظ بنسخة في «%1»، ولذلك لم يُغيَّر أي شيء. يرجى إخلاء بعض المساحة على القرص والمحاولة مرة أخرى.</translation>
        </message>
        <message>
            <source>This fund's data was written by a newer FundDesk (data version %1); this FundDesk reads data versions up to %2. The file was not changed: update FundDesk to open it.</source>
            <translation>كُتبت بيانات هذا الصندوق بإصدار أحدث من FundDesk (إصدار البيانات %1)؛ ويقرأ هذا الإصدار من FundDesk إصدارات البيانات حتى %2. لم يُغيَّر الملف: يرجى تحديث FundDesk لفتحه.</translation>
        </message>
        <message>
            <source>The fund's database could not be read or written. Your last change was not saved; try again, and if it keeps failing run “funddesk check”.</source>
            <translation>تعذّرت قراءة قاعدة بيانات الصندوق أو الكتابة فيها. لم يُحفظ آخر تغيير أجريتموه؛ يرجى المحاولة مرة أخرى، وإذا استمر الإخفاق فيرجى تشغيل «funddesk check».</translation>
        </message>
        <message>
            <source>The amount requested (USD %1) is below the fund's minimum funding floor for an activity (USD %2), so the application can be neither recommended nor approved. The floor keeps activities large enough to be of quality and sustainable (¶23).</source>
            <extracomment>%1 is the amount requested, %2 the fund's minimum, both as "USD 1234.56"</extracomment>
            <translation>المبلغ المطلوب (USD %1) أقل من الحد الأدنى لتمويل النشاط الذي حدده الصندوق (USD %2)، ولذلك لا يمكن التوصية بالطلب ولا الموافقة عليه. ويكفل الحد الأدنى أن تكون الأنشطة كبيرة بما يكفي لضمان جودتها واستدامتها (¶23).</translation>
        </message>
        <message>
            <source>Non-governmental entity</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>كيان غير حكومي</translation>
        </message>
        <message>
            <source>United Nations entity</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>كيان تابع للأمم المتحدة</translation>
        </message>
        <message>
            <source>International or regional organization</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>منظمة دولية أو إقليمية</translation>
        </message>
        <message>
            <source>Academic institution</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>مؤسسة أكاديمية</translation>
        </message>
        <message>
            <source>Private sector</source>
            <extracomment>kind of implementing partner of an activity
----------
Kind of donor: a company</extracomment>
            <translation>القطاع الخاص</translation>
        </message>
        <message>
            <source>Draft</source>
            <extracomment>status of an application</extracomment>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Submitted</source>
            <extracomment>status of an application</extracomment>
            <translation>مقدَّم</translation>
        </message>
        <message>
            <source>Screened: eligible</source>
            <extracomment>status of an application: screened and found eligible</extracomment>
            <translation>فُحص: مؤهل</translation>
        </message>
        <message>
            <source>Screened: ineligible</source>
            <extracomment>status of an application: screened and found ineligible</extracomment>
            <translation>فُحص: غير مؤهل</translation>
        </message>
        <message>
            <source>Under review</source>
            <extracomment>status of an application</extracomment>
            <translation>قيد الاستعراض</translation>
        </message>
        <message>
            <source>Recommended</source>
            <extracomment>status of an application: recommended by the fund manager</extracomment>
            <translation>موصى به</translation>
        </message>
        <message>
            <source>Not recommended</source>
            <extracomment>status of an application: not recommended by the fund manager</extracomment>
            <translation>غير موصى به</translation>
        </message>
        <message>
            <source>Approved</source>
            <extracomment>status of an application: approved by the High Representative</extracomment>
            <translation>موافق عليه</translation>
        </message>
        <message>
            <source>Rejected</source>
            <extracomment>status of an application: rejected by the High Representative</extracomment>
            <translation>مرفوض</translation>
        </message>
        <message>
            <source>Active</source>
            <extracomment>status of an application: approved and under way</extracomment>
            <translation>جارٍ</translation>
        </message>
        <message>
            <source>Completed</source>
            <extracomment>status of an application</extracomment>
            <translation>منجز</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <extracomment>status of an application</extracomment>
            <translation>ملغى</translation>
        </message>
        <message>
            <source>Supports</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>يؤيد</translation>
        </message>
        <message>
            <source>Supports with changes</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>يؤيد مع إدخال تغييرات</translation>
        </message>
        <message>
            <source>Does not support</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>لا يؤيد</translation>
        </message>
        <message>
            <source>No view</source>
            <extracomment>advice of the governance structure on an application: it expressed no view</extracomment>
            <translation>لم يُبدِ رأيًا</translation>
        </message>
        <message>
            <source>Pledge</source>
            <extracomment>Type of contribution: money promised by a donor</extracomment>
            <translation>تعهد</translation>
        </message>
        <message>
            <source>Receipt</source>
            <extracomment>Type of contribution: money the fund has received</extracomment>
            <translation>مبلغ مقبوض</translation>
        </message>
        <message>
            <source>Member State</source>
            <extracomment>Kind of donor: a Member State of the United Nations</extracomment>
            <translation>دولة عضو</translation>
        </message>
        <message>
            <source>Observer State</source>
            <extracomment>Kind of donor: a non-member observer State (Holy See, State of Palestine)</extracomment>
            <translation>دولة مراقبة</translation>
        </message>
        <message>
            <source>Intergovernmental or regional organization</source>
            <extracomment>Kind of donor</extracomment>
            <translation>منظمة حكومية دولية أو إقليمية</translation>
        </message>
        <message>
            <source>Philanthropic foundation</source>
            <extracomment>Kind of donor: a non-governmental philanthropic organization</extracomment>
            <translation>مؤسسة خيرية</translation>
        </message>
        <message>
            <source>Other non-governmental entity</source>
            <extracomment>Kind of donor: an NGO, academia, an individual …</extracomment>
            <translation>كيان غير حكومي آخر</translation>
        </message>
        <message>
            <source>Not required</source>
            <extracomment>Due-diligence status of a donor: States and intergovernmental organizations</extracomment>
            <translation>غير مطلوبة</translation>
        </message>
        <message>
            <source>Pending</source>
            <extracomment>Due-diligence status of a donor: the UN clearance is not decided yet</extracomment>
            <translation>قيد النظر</translation>
        </message>
        <message>
            <source>Cleared</source>
            <extracomment>Due-diligence status of a donor: the UN cleared the donor's money</extracomment>
            <translation>مُجازة</translation>
        </message>
        <message>
            <source>Declined</source>
            <extracomment>Due-diligence status of a donor: the UN refused the donor's money</extracomment>
            <translation>مرفوضة</translation>
        </message>
        <message>
            <source>¶21(%1)</source>
            <extracomment>A paragraph of the Secretary-General's report and its sub-paragraph letter: ¶21(c)</extracomment>
            <translation>¶21(%1)</translation>
        </message>
        <message>
            <source>A capital-based government official working on cyber/ICT-security diplomacy, policy or related technical fields</source>
            <translation>موظف حكومي يعمل في العاصمة في مجال دبلوماسية أو سياسات الأمن السيبراني/أمن تكنولوجيات المعلومات والاتصالات أو في المجالات التقنية ذات الصلة</translation>
        </message>
        <message>
            <source>Direct experience of ICT-security matters in the current post, and the intention to contribute to the UN discussions</source>
            <translation>خبرة مباشرة في مسائل أمن تكنولوجيات المعلومات والاتصالات في المنصب الحالي، واعتزام المساهمة في مناقشات الأمم المتحدة</translation>
        </message>
        <message>
            <source>Able to travel and attend during the sessions</source>
            <translation>القدرة على السفر والحضور خلال الدورات</translation>
        </message>
        <message>
            <source>Attends all formal meetings of the sessions and the capacity-building activities held alongside them</source>
            <translation>حضور جميع الجلسات الرسمية للدورات وأنشطة بناء القدرات المنظمة بالتزامن معها</translation>
        </message>
        <message>
            <source>Willing to share a report on the experience with the fund manager</source>
            <translation>الاستعداد لتقديم تقرير عن التجربة إلى مدير الصندوق</translation>
        </message>
        <message>
            <source>The exchange rate “%1” is not above zero. Enter how many US dollars one unit of the currency is worth, for example 0.0067.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>سعر الصرف «%1» ليس أكبر من الصفر. يرجى إدخال عدد دولارات الولايات المتحدة التي تعادل وحدة واحدة من العملة، مثلًا 0.0067.</translation>
        </message>
        <message>
            <source>The exchange rate is empty. Enter how many US dollars one unit of the currency is worth, for example 0.0067.</source>
            <translation>سعر الصرف فارغ. يرجى إدخال عدد دولارات الولايات المتحدة التي تعادل وحدة واحدة من العملة، مثلًا 0.0067.</translation>
        </message>
        <message>
            <source>The exchange rate “%1” is not a plain number. Use digits and a dot before the decimals, for example 0.0067.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>سعر الصرف «%1» ليس عددًا بسيطًا. يرجى استخدام الأرقام ونقطة قبل الكسور العشرية، مثلًا 0.0067.</translation>
        </message>
        <message numerus="yes">
            <source>The exchange rate “%1” has more than %n decimal place(s). Round it to %n decimal place(s).</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>
                <numerusform>يتضمن سعر الصرف «%1» أكثر من %n منزلة عشرية. يرجى تقريبه إلى %n منزلة عشرية.</numerusform>
                <numerusform>يتضمن سعر الصرف «%1» أكثر من %n منزلة عشرية. يرجى تقريبه إلى %n منزلة عشرية.</numerusform>
                <numerusform>يتضمن سعر الصرف «%1» أكثر من %n منزلتين عشريتين. يرجى تقريبه إلى %n منزلتين عشريتين.</numerusform>
                <numerusform>يتضمن سعر الصرف «%1» أكثر من %n منازل عشرية. يرجى تقريبه إلى %n منازل عشرية.</numerusform>
                <numerusform>يتضمن سعر الصرف «%1» أكثر من %n منزلة عشرية. يرجى تقريبه إلى %n منزلة عشرية.</numerusform>
                <numerusform>يتضمن سعر الصرف «%1» أكثر من %n منزلة عشرية. يرجى تقريبه إلى %n منزلة عشرية.</numerusform>
            </translation>
        </message>
        <message>
            <source>The exchange rate “%1” is too large. Check the number of digits.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>سعر الصرف «%1» كبير جدًا. يرجى التحقق من عدد الأرقام.</translation>
        </message>
        <message>
            <source>A stored exchange rate is not above zero. The record needs a valid rate.</source>
            <translation>أحد أسعار الصرف المخزنة ليس أكبر من الصفر. يحتاج السجل إلى سعر صرف صالح.</translation>
        </message>
        <message>
            <source>The amount is already in US dollars, so its exchange rate must be 1, not %1.</source>
            <extracomment>%1 is an exchange rate such as 0.98</extracomment>
            <translation>المبلغ مقوَّم بالفعل بدولارات الولايات المتحدة، ولذلك يجب أن يكون سعر صرفه 1، وليس %1.</translation>
        </message>
        <message>
            <source>%1 %2 is too large to convert to US dollars. Check the amount and the exchange rate.</source>
            <extracomment>%1 is an amount such as 1000, %2 its currency code such as JPY</extracomment>
            <translation>%1 %2 مبلغ أكبر من أن يُحوَّل إلى دولارات الولايات المتحدة. يرجى التحقق من المبلغ وسعر الصرف.</translation>
        </message>
        <message>
            <source>National strategies, laws and regulations</source>
            <extracomment>focus area (a) of capacity-building activities</extracomment>
            <translation>الاستراتيجيات والقوانين واللوائح الوطنية</translation>
        </message>
        <message>
            <source>National and regional positions on how international law applies to the use of ICTs</source>
            <extracomment>focus area (b) of capacity-building activities</extracomment>
            <translation>المواقف الوطنية والإقليمية بشأن كيفية انطباق القانون الدولي على استخدام تكنولوجيات المعلومات والاتصالات</translation>
        </message>
        <message>
            <source>ICT incident management and response, including computer emergency response teams</source>
            <extracomment>focus area (c) of capacity-building activities</extracomment>
            <translation>إدارة الحوادث المتصلة بتكنولوجيات المعلومات والاتصالات والتصدي لها، بما في ذلك أفرقة التصدي لطوارئ الحاسوب</translation>
        </message>
        <message>
            <source>Protection of critical infrastructure and critical information infrastructure</source>
            <extracomment>focus area (d) of capacity-building activities</extracomment>
            <translation>حماية البنية التحتية الحيوية والبنية التحتية الحيوية للمعلومات</translation>
        </message>
        <message>
            <source>ICT-security awareness and education</source>
            <extracomment>focus area (e) of capacity-building activities</extracomment>
            <translation>التوعية والتثقيف في مجال أمن تكنولوجيات المعلومات والاتصالات</translation>
        </message>
        <message>
            <source>Training and workforce development</source>
            <extracomment>focus area (f) of capacity-building activities</extracomment>
            <translation>التدريب وتنمية القوى العاملة</translation>
        </message>
        <message>
            <source>Implementation of the agreed norms of responsible State behaviour</source>
            <extracomment>focus area (g) of capacity-building activities</extracomment>
            <translation>تنفيذ قواعد السلوك المسؤول للدول المتفق عليها</translation>
        </message>
        <message>
            <source>Implementation of the global confidence-building measures</source>
            <extracomment>focus area (h) of capacity-building activities</extracomment>
            <translation>تنفيذ تدابير بناء الثقة العالمية</translation>
        </message>
        <message>
            <source>Participation in the global intergovernmental Points of Contact directory</source>
            <extracomment>focus area (i) of capacity-building activities</extracomment>
            <translation>المشاركة في الدليل العالمي الحكومي الدولي لجهات الاتصال</translation>
        </message>
        <message>
            <source>Woman</source>
            <extracomment>Gender of a sponsorship applicant
----------
Reason a delegate is on the slate: gender parity (¶12, ¶22)</extracomment>
            <translation>امرأة</translation>
        </message>
        <message>
            <source>Man</source>
            <extracomment>Gender of a sponsorship applicant</extracomment>
            <translation>رجل</translation>
        </message>
        <message>
            <source>Other or undisclosed</source>
            <extracomment>Gender of a sponsorship applicant: another gender, or not stated</extracomment>
            <translation>غير ذلك أو لم يُفصح عنه</translation>
        </message>
        <message>
            <source>No currency is given. Choose a three-letter ISO 4217 code such as USD or EUR.</source>
            <translation>لم تُحدَّد عملة. يرجى اختيار رمز من ثلاثة أحرف وفق المعيار ISO 4217، مثل USD أو EUR.</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose a three-letter code such as USD or EUR.</source>
            <extracomment>%1 is the currency code that was given, e.g. "USX"</extracomment>
            <translation>«%1» ليس رمز عملة معروفًا وفق المعيار ISO 4217. يرجى اختيار رمز من ثلاثة أحرف مثل USD أو EUR.</translation>
        </message>
        <message>
            <source>The amount is empty. Enter a number such as %1.</source>
            <extracomment>%1 is an example amount such as 1234.56</extracomment>
            <translation>المبلغ فارغ. يرجى إدخال عدد مثل %1.</translation>
        </message>
        <message>
            <source>The amount “%1” is not a plain number. Use digits, an optional minus sign and a dot before the decimals, without thousands separators, for example %2.</source>
            <extracomment>%1 is what the user typed, %2 an example amount such as 1234.56</extracomment>
            <translation>المبلغ «%1» ليس عددًا بسيطًا. يرجى استخدام الأرقام، مع علامة ناقص اختيارية ونقطة قبل الكسور العشرية، ومن دون فواصل الآلاف، مثلًا %2.</translation>
        </message>
        <message>
            <source>The amount “%1” has decimals, but %2 has no minor unit. Enter a whole number.</source>
            <extracomment>%1 is the amount typed, %2 a currency code such as JPY</extracomment>
            <translation>يتضمن المبلغ «%1» كسورًا عشرية، ولكن العملة %2 ليس لها وحدة فرعية. يرجى إدخال عدد صحيح.</translation>
        </message>
        <message numerus="yes">
            <source>The amount “%1” has more than %n decimal place(s) for %2. Round it to %n decimal place(s).</source>
            <extracomment>%1 is the amount typed, %2 a currency code such as USD</extracomment>
            <translation>
                <numerusform>يتضمن المبلغ «%1» أكثر من %n منزلة عشرية بالنسبة إلى %2. يرجى تقريبه إلى %n منزلة عشرية.</numerusform>
                <numerusform>يتضمن المبلغ «%1» أكثر من %n منزلة عشرية بالنسبة إلى %2. يرجى تقريبه إلى %n منزلة عشرية.</numerusform>
                <numerusform>يتضمن المبلغ «%1» أكثر من %n منزلتين عشريتين بالنسبة إلى %2. يرجى تقريبه إلى %n منزلتين عشريتين.</numerusform>
                <numerusform>يتضمن المبلغ «%1» أكثر من %n منازل عشرية بالنسبة إلى %2. يرجى تقريبه إلى %n منازل عشرية.</numerusform>
                <numerusform>يتضمن المبلغ «%1» أكثر من %n منزلة عشرية بالنسبة إلى %2. يرجى تقريبه إلى %n منزلة عشرية.</numerusform>
                <numerusform>يتضمن المبلغ «%1» أكثر من %n منزلة عشرية بالنسبة إلى %2. يرجى تقريبه إلى %n منزلة عشرية.</numerusform>
            </translation>
        </message>
        <message>
            <source>The amount “%1” is too large to record in %2. Check the number of digits.</source>
            <extracomment>%1 is the amount typed, %2 a currency code</extracomment>
            <translation>المبلغ «%1» أكبر من أن يُسجَّل بعملة %2. يرجى التحقق من عدد الأرقام.</translation>
        </message>
        <message>
            <source>Cannot combine an amount in %1 with an amount in %2. Convert one of them to the other currency first.</source>
            <extracomment>%1 and %2 are currency codes such as USD and EUR</extracomment>
            <translation>لا يمكن الجمع بين مبلغ بعملة %1 ومبلغ بعملة %2. يرجى تحويل أحدهما إلى العملة الأخرى أولًا.</translation>
        </message>
        <message>
            <source>The result is too large to record in %1. Check the amounts involved.</source>
            <extracomment>%1 is a currency code</extracomment>
            <translation>الناتج أكبر من أن يُسجَّل بعملة %1. يرجى التحقق من المبالغ المعنية.</translation>
        </message>
        <message>
            <source>There is nothing to split the amount into. Give at least one share.</source>
            <translation>لا توجد حصص يُقسَّم المبلغ عليها. يرجى تحديد حصة واحدة على الأقل.</translation>
        </message>
        <message>
            <source>A share of the split is negative (%1). Shares must be zero or more.</source>
            <extracomment>%1 is the negative share, e.g. -2</extracomment>
            <translation>إحدى حصص التقسيم سالبة (%1). يجب أن تكون الحصص صفرًا أو أكثر.</translation>
        </message>
        <message>
            <source>All shares of the split are zero. Give at least one share above zero.</source>
            <translation>جميع حصص التقسيم صفر. يرجى تحديد حصة واحدة على الأقل أكبر من الصفر.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <extracomment>%1 is the ISO currency code (USD), %2 the amount; reorder if your language puts the code after the amount</extracomment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>The amount “%1” is not a number. Type it like %2.</source>
            <translation>المبلغ «%1» ليس عددًا. يرجى كتابته على غرار %2.</translation>
        </message>
        <message>
            <source>Fund manager</source>
            <extracomment>role of a local profile (¶15: the project manager post)</extracomment>
            <translation>مدير الصندوق</translation>
        </message>
        <message>
            <source>Finance assistant</source>
            <extracomment>role of a local profile (¶15: the General Service post)</extracomment>
            <translation>مساعد مالي</translation>
        </message>
        <message>
            <source>High Representative's office</source>
            <extracomment>role of a local profile: records the High Representative's final approvals (¶18)</extracomment>
            <translation>مكتب الممثل السامي</translation>
        </message>
        <message>
            <source>Publish name and amount</source>
            <extracomment>Publication consent of a contribution (¶17): the donor's name and the amount</extracomment>
            <translation>نشر الاسم والمبلغ</translation>
        </message>
        <message>
            <source>Publish as “anonymous donor”</source>
            <extracomment>Publication consent of a contribution (¶17): the amount, without the donor's name</extracomment>
            <translation>النشر باسم «مانح مجهول الهوية»</translation>
        </message>
        <message>
            <source>Do not publish</source>
            <extracomment>Publication consent of a contribution (¶17): not published at all</extracomment>
            <translation>عدم النشر</translation>
        </message>
        <message>
            <source>Africa</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>أفريقيا</translation>
        </message>
        <message>
            <source>Americas</source>
            <extracomment>Geographic region (UN M49): North, Central and South America and the Caribbean</extracomment>
            <translation>الأمريكتان</translation>
        </message>
        <message>
            <source>Asia</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>آسيا</translation>
        </message>
        <message>
            <source>Europe</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>أوروبا</translation>
        </message>
        <message>
            <source>Oceania</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>أوقيانوسيا</translation>
        </message>
        <message>
            <source>No regional group</source>
            <extracomment>A State in no UN regional group (the Holy See)</extracomment>
            <translation>لا تنتمي إلى مجموعة إقليمية</translation>
        </message>
        <message>
            <source>African States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>الدول الأفريقية</translation>
        </message>
        <message>
            <source>Asia-Pacific States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>دول آسيا والمحيط الهادئ</translation>
        </message>
        <message>
            <source>Eastern European States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>دول أوروبا الشرقية</translation>
        </message>
        <message>
            <source>Latin American and Caribbean States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>دول أمريكا اللاتينية ومنطقة البحر الكاريبي</translation>
        </message>
        <message>
            <source>Western European and other States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>دول أوروبا الغربية ودول أخرى</translation>
        </message>
        <message>
            <source>Least Developed Countries</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>أقل البلدان نموا</translation>
        </message>
        <message>
            <source>Landlocked Developing Countries</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>البلدان النامية غير الساحلية</translation>
        </message>
        <message>
            <source>Small Island Developing States</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>الدول الجزرية الصغيرة النامية</translation>
        </message>
        <message>
            <source>LDC</source>
            <extracomment>Abbreviation of "Least Developed Countries" as the UN writes it in this language</extracomment>
            <translation>أقل البلدان نموا</translation>
        </message>
        <message>
            <source>LLDC</source>
            <extracomment>Abbreviation of "Landlocked Developing Countries" as the UN writes it in this language</extracomment>
            <translation>البلدان النامية غير الساحلية</translation>
        </message>
        <message>
            <source>SIDS</source>
            <extracomment>Abbreviation of "Small Island Developing States" as the UN writes it in this language</extracomment>
            <translation>الدول الجزرية الصغيرة النامية</translation>
        </message>
        <message>
            <source>Needs assessment</source>
            <extracomment>selection criterion (a) of activities</extracomment>
            <translation>تقييم الاحتياجات</translation>
        </message>
        <message>
            <source>Synergy and gap analysis</source>
            <extracomment>selection criterion (b) of activities</extracomment>
            <translation>تحليل أوجه التآزر والثغرات</translation>
        </message>
        <message>
            <source>Geographic balance</source>
            <extracomment>selection criterion (c) of activities</extracomment>
            <translation>التوازن الجغرافي</translation>
        </message>
        <message>
            <source>Impact, sustainability and ownership</source>
            <extracomment>selection criterion (d) of activities</extracomment>
            <translation>الأثر والاستدامة والملكية الوطنية</translation>
        </message>
        <message>
            <source>Commitment to the working group</source>
            <extracomment>selection criterion (e) of activities</extracomment>
            <translation>الالتزام تجاه الفريق العامل</translation>
        </message>
        <message>
            <source>Gender mainstreaming</source>
            <extracomment>selection criterion (f) of activities</extracomment>
            <translation>تعميم مراعاة المنظور الجنساني</translation>
        </message>
        <message>
            <source>The activity answers needs identified in a national or regional needs assessment.</source>
            <translation>يلبي النشاط احتياجات حُددت في تقييم وطني أو إقليمي للاحتياجات.</translation>
        </message>
        <message>
            <source>The application shows how the activity complements other capacity-building efforts and fills a gap they leave.</source>
            <translation>يبيّن الطلب كيف يكمّل النشاطُ الجهودَ الأخرى لبناء القدرات ويسد ثغرة تتركها.</translation>
        </message>
        <message>
            <source>Funding the activity contributes to an equitable distribution of the fund's resources across regions.</source>
            <translation>يسهم تمويل النشاط في التوزيع العادل لموارد الصندوق بين المناطق.</translation>
        </message>
        <message>
            <source>The activity has a lasting impact and is owned nationally or regionally beyond the fund's support.</source>
            <translation>للنشاط أثر دائم، ويُتولى زمام أموره على الصعيد الوطني أو الإقليمي بعد انتهاء دعم الصندوق.</translation>
        </message>
        <message>
            <source>The activity supports the work of the open-ended working group and its follow-up process.</source>
            <translation>يدعم النشاط عمل الفريق العامل المفتوح باب العضوية وعملية المتابعة الخاصة به.</translation>
        </message>
        <message>
            <source>The activity mainstreams gender in its design, participation and results.</source>
            <translation>يعمّم النشاط مراعاة المنظور الجنساني في تصميمه والمشاركة فيه ونتائجه.</translation>
        </message>
        <message>
            <source>Absent</source>
            <extracomment>point 0 of the 0–5 review scale</extracomment>
            <translation>غائب</translation>
        </message>
        <message>
            <source>Very weak</source>
            <extracomment>point 1 of the 0–5 review scale</extracomment>
            <translation>ضعيف جدًا</translation>
        </message>
        <message>
            <source>Weak</source>
            <extracomment>point 2 of the 0–5 review scale</extracomment>
            <translation>ضعيف</translation>
        </message>
        <message>
            <source>Adequate</source>
            <extracomment>point 3 of the 0–5 review scale</extracomment>
            <translation>كافٍ</translation>
        </message>
        <message>
            <source>Strong</source>
            <extracomment>point 4 of the 0–5 review scale</extracomment>
            <translation>قوي</translation>
        </message>
        <message>
            <source>Exemplary</source>
            <extracomment>point 5 of the 0–5 review scale</extracomment>
            <translation>نموذجي</translation>
        </message>
        <message>
            <source>The application does not address the criterion at all.</source>
            <translation>لا يتناول الطلب المعيار على الإطلاق.</translation>
        </message>
        <message>
            <source>The criterion is mentioned, but without substance or evidence.</source>
            <translation>يُذكر المعيار، ولكن دون مضمون أو أدلة.</translation>
        </message>
        <message>
            <source>The criterion is addressed in part; important gaps or weaknesses remain.</source>
            <translation>يُتناول المعيار جزئيًا؛ ولا تزال هناك ثغرات أو مواطن ضعف مهمة.</translation>
        </message>
        <message>
            <source>The criterion is addressed satisfactorily, with some evidence; minor gaps remain.</source>
            <translation>يُتناول المعيار على نحو مرضٍ، مع بعض الأدلة؛ ولا تزال هناك ثغرات طفيفة.</translation>
        </message>
        <message>
            <source>The criterion is addressed well, with clear evidence and few weaknesses.</source>
            <translation>يُتناول المعيار تناولًا جيدًا، مع أدلة واضحة ومواطن ضعف قليلة.</translation>
        </message>
        <message>
            <source>The criterion is addressed fully and convincingly, with strong evidence; a model for other applications.</source>
            <translation>يُتناول المعيار تناولًا كاملًا ومقنعًا، مع أدلة قوية؛ وهو نموذج يُحتذى للطلبات الأخرى.</translation>
        </message>
        <message>
            <source>The weight of “%1” must be a whole number from 0 to %2.</source>
            <extracomment>%1 is a criterion name, %2 the largest weight allowed</extracomment>
            <translation>يجب أن يكون وزن «%1» عددًا صحيحًا من 0 إلى %2.</translation>
        </message>
        <message>
            <source>At least one criterion must have a weight above zero, or no application could be scored.</source>
            <translation>يجب أن يكون لمعيار واحد على الأقل وزن أكبر من الصفر، وإلا لتعذّر إسناد درجات لأي طلب.</translation>
        </message>
        <message>
            <source>The weights of the review criteria could not be read. Enter them again in the fund's settings.</source>
            <translation>تعذّرت قراءة أوزان معايير الاستعراض. يرجى إدخالها مرة أخرى في إعدادات الصندوق.</translation>
        </message>
        <message>
            <source>The file “%1” could not be written. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>تعذّرت كتابة الملف «%1». يرجى التحقق من وجود المجلد ومن أن لديكم إذنًا بالكتابة فيه.</translation>
        </message>
        <message>
            <source>The file “%1” could not be written. Check that the disk is not full.</source>
            <translation>تعذّرت كتابة الملف «%1». يرجى التحقق من أن القرص غير ممتلئ.</translation>
        </message>
        <message>
            <source>Applications</source>
            <extracomment>columns of the geographic balance table (¶25c); amounts in US dollars</extracomment>
            <translation>الطلبات</translation>
        </message>
        <message>
            <source>Requested (USD)</source>
            <translation>المبلغ المطلوب (USD)</translation>
        </message>
        <message>
            <source>Recommended (USD)</source>
            <translation>المبلغ الموصى به (USD)</translation>
        </message>
        <message>
            <source>Equal share</source>
            <extracomment>last line of the geographic balance table: what each would get if shared equally</extracomment>
            <translation>الحصة المتساوية</translation>
        </message>
        <message>
            <source>Region</source>
            <extracomment>first column of the geographic balance table: the M49 region</extracomment>
            <translation>المنطقة</translation>
        </message>
        <message>
            <source>Regional group</source>
            <extracomment>first column of the geographic balance table: the UN regional group</extracomment>
            <translation>المجموعة الإقليمية</translation>
        </message>
        <message>
            <source>Reference</source>
            <extracomment>column of the exported review scores</extracomment>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>المراجِع</translation>
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
            <translation>الدرجة المرجحة</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>المبررات</translation>
        </message>
        <message>
            <source>The activity application is no longer in the fund's database. Reload the list of activities and try again.</source>
            <translation>لم يعد طلب النشاط موجودًا في قاعدة بيانات الصندوق. يرجى إعادة تحميل قائمة الأنشطة والمحاولة مرة أخرى.</translation>
        </message>
        <message>
            <source>The list of activities in the fund's database is damaged: activity %1 has an unknown value in “%2”.</source>
            <translation>قائمة الأنشطة في قاعدة بيانات الصندوق تالفة: للنشاط %1 قيمة غير معروفة في «%2».</translation>
        </message>
        <message>
            <source>The consultation is no longer in the fund's database. Reload the list of consultations and try again.</source>
            <translation>لم تعد المشاورة موجودة في قاعدة بيانات الصندوق. يرجى إعادة تحميل قائمة المشاورات والمحاولة مرة أخرى.</translation>
        </message>
        <message>
            <source>The list of consultations in the fund's database is damaged: consultation %1 has an unknown advice.</source>
            <translation>قائمة المشاورات في قاعدة بيانات الصندوق تالفة: للمشاورة %1 رأي غير معروف.</translation>
        </message>
        <message>
            <source>A saved earlier state of a contribution in the fund's database is damaged and cannot be shown.</source>
            <translation>إحدى الحالات السابقة المحفوظة لتبرع في قاعدة بيانات الصندوق تالفة ولا يمكن عرضها.</translation>
        </message>
        <message>
            <source>The contribution is no longer in the fund's database. Reload the list of contributions and try again.</source>
            <translation>لم يعد التبرع موجودًا في قاعدة بيانات الصندوق. يرجى إعادة تحميل قائمة التبرعات والمحاولة مرة أخرى.</translation>
        </message>
        <message>
            <source>The list of contributions in the fund's database is damaged: contribution %1 has an unknown value in “%2”.</source>
            <translation>قائمة التبرعات في قاعدة بيانات الصندوق تالفة: للتبرع %1 قيمة غير معروفة في «%2».</translation>
        </message>
        <message>
            <source>The list of donors in the fund's database is damaged: donor %1 has an unknown value in “%2”.</source>
            <translation>قائمة الجهات المانحة في قاعدة بيانات الصندوق تالفة: للجهة المانحة %1 قيمة غير معروفة في «%2».</translation>
        </message>
        <message>
            <source>The donor is no longer in the fund's database. Reload the list of donors and try again.</source>
            <translation>لم تعد الجهة المانحة موجودة في قاعدة بيانات الصندوق. يرجى إعادة تحميل قائمة الجهات المانحة والمحاولة مرة أخرى.</translation>
        </message>
        <message>
            <source>The meeting is no longer in the fund's database. Reload the list of meetings and try again.</source>
            <translation>لم يعد الاجتماع موجودًا في قاعدة بيانات الصندوق. يرجى إعادة تحميل قائمة الاجتماعات والمحاولة مرة أخرى.</translation>
        </message>
        <message>
            <source>The list of meetings in the fund's database is damaged: meeting %1 has an unknown value in “%2”.</source>
            <translation>قائمة الاجتماعات في قاعدة بيانات الصندوق تالفة: للاجتماع %1 قيمة غير معروفة في «%2».</translation>
        </message>
        <message>
            <source>The review is no longer in the fund's database. Reload the application's reviews and try again.</source>
            <translation>لم تعد المراجعة موجودة في قاعدة بيانات الصندوق. يرجى إعادة تحميل مراجعات الطلب والمحاولة مرة أخرى.</translation>
        </message>
        <message>
            <source>The sponsorship application is no longer in the fund's database. Reload the list of applications and try again.</source>
            <translation>لم يعد طلب الرعاية موجودًا في قاعدة بيانات الصندوق. يرجى إعادة تحميل قائمة الطلبات والمحاولة مرة أخرى.</translation>
        </message>
        <message>
            <source>The list of sponsorships in the fund's database is damaged: application %1 has an unknown value in “%2”.</source>
            <translation>قائمة الرعايات في قاعدة بيانات الصندوق تالفة: للطلب %1 قيمة غير معروفة في «%2».</translation>
        </message>
        <message>
            <source>The list of States in the fund's database is damaged: the State “%1” has an unknown value in “%2”.</source>
            <translation>قائمة الدول في قاعدة بيانات الصندوق تالفة: للدولة «%1» قيمة غير معروفة في «%2».</translation>
        </message>
        <message>
            <source>The State with ISO code “%1” or M49 code “%2” is already in the list.</source>
            <translation>الدولة ذات رمز ISO «%1» أو رمز M49 «%2» موجودة بالفعل في القائمة.</translation>
        </message>
        <message>
            <source>Title: enter the title of the activity.</source>
            <translation>العنوان: يرجى إدخال عنوان النشاط.</translation>
        </message>
        <message>
            <source>Implementing partners: enter the name of partner %1, or remove it from the list.</source>
            <extracomment>%1 is the position of the partner in the list: 1, 2, …</extracomment>
            <translation>الشركاء المنفذون: يرجى إدخال اسم الشريك %1، أو إزالته من القائمة.</translation>
        </message>
        <message>
            <source>Focus areas: choose at least one of the nine focus areas of the fund (¶26).</source>
            <translation>مجالات التركيز: يرجى اختيار مجال واحد على الأقل من مجالات التركيز التسعة للصندوق (¶26).</translation>
        </message>
        <message>
            <source>Needs assessment: describe the national or regional needs assessment the activity answers, or give the reference of the document (¶13, ¶25a).</source>
            <translation>تقييم الاحتياجات: يرجى وصف التقييم الوطني أو الإقليمي للاحتياجات الذي يستجيب له النشاط، أو ذكر مرجع الوثيقة (¶13، ¶25a).</translation>
        </message>
        <message>
            <source>Applicant State: choose the government that applies. Eligible recipients are governments (¶24).</source>
            <translation>الدولة مقدمة الطلب: يرجى اختيار الحكومة التي تقدم الطلب. والجهات المؤهلة لتلقي التمويل هي الحكومات (¶24).</translation>
        </message>
        <message>
            <source>Applicant State: “%1” is not a Member State of the reference list. Eligible recipients are governments of Member States (¶24).</source>
            <extracomment>%1 is an ISO 3166 code such as FRA</extracomment>
            <translation>الدولة مقدمة الطلب: «%1» ليست دولة عضوًا في القائمة المرجعية. والجهات المؤهلة لتلقي التمويل هي حكومات الدول الأعضاء (¶24).</translation>
        </message>
        <message>
            <source>Co-applicant States: the applicant State cannot also be a co-applicant.</source>
            <translation>الدول المشاركة في تقديم الطلب: لا يمكن أن تكون الدولة مقدمة الطلب مشاركةً في تقديمه أيضًا.</translation>
        </message>
        <message>
            <source>Co-applicant States: “%1” is not a Member State of the reference list.</source>
            <translation>الدول المشاركة في تقديم الطلب: «%1» ليست دولة عضوًا في القائمة المرجعية.</translation>
        </message>
        <message>
            <source>Co-applicant States: %1 is listed twice.</source>
            <translation>الدول المشاركة في تقديم الطلب: %1 مدرجة مرتين.</translation>
        </message>
        <message>
            <source>Start: enter the date the activity starts.</source>
            <translation>البداية: يرجى إدخال تاريخ بدء النشاط.</translation>
        </message>
        <message>
            <source>End: enter the date the activity ends.</source>
            <translation>النهاية: يرجى إدخال تاريخ انتهاء النشاط.</translation>
        </message>
        <message>
            <source>End: the activity cannot end (%1) before it starts (%2).</source>
            <extracomment>%1 and %2 are ISO dates</extracomment>
            <translation>النهاية: لا يمكن أن ينتهي النشاط (%1) قبل أن يبدأ (%2).</translation>
        </message>
        <message>
            <source>Amount requested: enter the amount requested for at least one year.</source>
            <translation>المبلغ المطلوب: يرجى إدخال المبلغ المطلوب لسنة واحدة على الأقل.</translation>
        </message>
        <message>
            <source>Amount requested: amounts are requested in US dollars (USD).</source>
            <translation>المبلغ المطلوب: تُطلب المبالغ بدولارات الولايات المتحدة (USD).</translation>
        </message>
        <message>
            <source>Amount requested: the amount for %1 must be more than zero.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>المبلغ المطلوب: يجب أن يكون المبلغ المطلوب لسنة %1 أكبر من الصفر.</translation>
        </message>
        <message>
            <source>Amount requested: %1 is outside the years of the activity (%2–%3).</source>
            <extracomment>%1 is a year; %2–%3 the first and last years of the activity</extracomment>
            <translation>المبلغ المطلوب: السنة %1 تقع خارج سنوات النشاط (%2–%3).</translation>
        </message>
        <message>
            <source>Amount requested: the year %1 is entered twice.</source>
            <translation>المبلغ المطلوب: أُدخلت السنة %1 مرتين.</translation>
        </message>
        <message>
            <source>Co-funding: enter the amount from other sources in US dollars, zero or more.</source>
            <translation>التمويل المشترك: يرجى إدخال المبلغ المقدم من مصادر أخرى بدولارات الولايات المتحدة، صفرًا أو أكثر.</translation>
        </message>
        <message>
            <source>Reference: “%1” is already the reference of another application.</source>
            <extracomment>%1 is a reference such as CB-2026-014</extracomment>
            <translation>المرجع: «%1» هو بالفعل مرجع طلب آخر.</translation>
        </message>
        <message>
            <source>The application has been reviewed or discussed in a consultation, so it cannot be deleted; its record is part of the selection. Cancel it instead.</source>
            <translation>استُعرض الطلب أو نوقش في مشاورة، ولذلك لا يمكن حذفه؛ فسجله جزء من عملية الاختيار. يرجى إلغاؤه بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>The year %1 is out of range. Enter a year from %2 to %3.</source>
            <extracomment>%1 is the year asked for, %2 and %3 the first and last years allowed</extracomment>
            <translation>السنة %1 خارج النطاق. يرجى إدخال سنة من %2 إلى %3.</translation>
        </message>
        <message>
            <source>This needs the role “%1”; the current profile has the role “%2”.</source>
            <extracomment>%1 and %2 are role names, such as "Fund manager"</extracomment>
            <translation>يتطلب هذا الإجراء الدور «%1»؛ ودور ملف التعريف الحالي هو «%2».</translation>
        </message>
        <message>
            <source>The fund is not operational: no minimum threshold of contributions has been set (¶16). Set it in the fund's settings before approving.</source>
            <translation>الصندوق ليس قيد التشغيل: لم يُحدَّد حد أدنى للتبرعات (¶16). يرجى تحديده في إعدادات الصندوق قبل الموافقة.</translation>
        </message>
        <message>
            <source>The fund is not operational yet: it becomes operational once the contributions received reach %1 (¶16); %2 is still missing.</source>
            <extracomment>%1 is the threshold, %2 the amount still missing, both with currency</extracomment>
            <translation>الصندوق ليس قيد التشغيل بعد: يبدأ تشغيله متى بلغت التبرعات المقبوضة %1 (¶16)؛ ولا يزال ينقص %2.</translation>
        </message>
        <message>
            <source>This is %1 short of the available programme balance of %2.</source>
            <extracomment>%1 is the shortfall, %2 the available balance, both with currency</extracomment>
            <translation>ينقص هذا المبلغ %1 عن الرصيد المتاح للبرامج البالغ %2.</translation>
        </message>
        <message>
            <source>The approved amount must be a positive amount in USD.</source>
            <translation>يجب أن يكون المبلغ الموافق عليه مبلغًا موجبًا بعملة USD.</translation>
        </message>
        <message>
            <source>Enter the justification for changing the approved amount.</source>
            <translation>يرجى إدخال مبررات تغيير المبلغ الموافق عليه.</translation>
        </message>
        <message>
            <source>Only an approved item has an amount to amend.</source>
            <translation>لا يكون للبند مبلغ قابل للتعديل إلا إذا كان موافقًا عليه.</translation>
        </message>
        <message>
            <source>This amendment has already been decided, or no longer exists.</source>
            <translation>بُتّ في هذا التعديل بالفعل، أو لم يعد موجودًا.</translation>
        </message>
        <message>
            <source>Whoever recommended a change cannot also approve it. Another profile of the High Representative's office must decide.</source>
            <translation>لا يجوز لمن أوصى بتغيير أن يوافق عليه أيضًا. ويجب أن يبت فيه ملف تعريف آخر من مكتب الممثل السامي.</translation>
        </message>
        <message>
            <source>%1 has already been paid on this item; the approved amount cannot go below it.</source>
            <extracomment>%1 is the amount already paid, with currency</extracomment>
            <translation>دُفع بالفعل مبلغ %1 على هذا البند؛ ولا يمكن أن يقل المبلغ الموافق عليه عنه.</translation>
        </message>
        <message>
            <source>Date: enter the date of the consultation.</source>
            <translation>التاريخ: يرجى إدخال تاريخ المشاورة.</translation>
        </message>
        <message>
            <source>Date: a consultation is recorded once it has taken place; the date cannot be in the future.</source>
            <translation>التاريخ: لا تُسجَّل المشاورة إلا بعد انعقادها؛ ولا يمكن أن يكون تاريخها في المستقبل.</translation>
        </message>
        <message>
            <source>Participants: enter the States and members who took part.</source>
            <translation>المشاركون: يرجى إدخال الدول والأعضاء الذين شاركوا.</translation>
        </message>
        <message>
            <source>Participants: a line of the list is empty; enter a name or remove the line.</source>
            <translation>المشاركون: أحد أسطر القائمة فارغ؛ يرجى إدخال اسم أو إزالة السطر.</translation>
        </message>
        <message>
            <source>Advice: one application the advice refers to is no longer in the fund's database.</source>
            <translation>الرأي: أحد الطلبات التي يشير إليها الرأي لم يعد موجودًا في قاعدة بيانات الصندوق.</translation>
        </message>
        <message>
            <source>Advice: %1 has two entries; a consultation gives one advice per application.</source>
            <extracomment>%1 is a reference such as CB-2026-014</extracomment>
            <translation>الرأي: للطلب %1 قيدان؛ والمشاورة تقدم رأيًا واحدًا لكل طلب.</translation>
        </message>
        <message>
            <source>Advice: write down the advice given on %1.</source>
            <translation>الرأي: يرجى تدوين الرأي المقدم بشأن %1.</translation>
        </message>
        <message>
            <source>Choose the donor of this contribution.</source>
            <translation>يرجى اختيار الجهة المانحة لهذا التبرع.</translation>
        </message>
        <message>
            <source>The chosen donor is no longer in the fund's database. Choose the donor again.</source>
            <translation>لم تعد الجهة المانحة المختارة موجودة في قاعدة بيانات الصندوق. يرجى اختيار الجهة المانحة مرة أخرى.</translation>
        </message>
        <message>
            <source>The UN's due diligence declined %1, so the fund cannot accept its money, pledged or received (¶14). Choose another donor, or record a new clearance on the donor if the decision was reversed.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>رفضت الأمم المتحدة %1 في إطار العناية الواجبة، ولذلك لا يمكن للصندوق قبول أموالها، سواء أكانت متعهدًا بها أم مقبوضة (¶14). يرجى اختيار جهة مانحة أخرى، أو تسجيل إجازة جديدة للجهة المانحة إذا أُلغي القرار.</translation>
        </message>
        <message>
            <source>%1 has not yet been cleared by the UN's due diligence, so its money can be pledged but not recorded as received (¶14). Record a pledge for now, or record the clearance on the donor first.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>لم تُجِز الأمم المتحدة %1 بعد في إطار العناية الواجبة، ولذلك يمكن التعهد بأموالها ولكن لا يمكن تسجيلها بوصفها مقبوضة (¶14). يرجى تسجيل تعهد في الوقت الحالي، أو تسجيل الإجازة للجهة المانحة أولًا.</translation>
        </message>
        <message>
            <source>Enter the date of the contribution.</source>
            <translation>يرجى إدخال تاريخ التبرع.</translation>
        </message>
        <message>
            <source>The date %1 is before 1 January 2000. Check the year.</source>
            <extracomment>%1 is a date such as 1999-12-31</extracomment>
            <translation>التاريخ %1 سابق لـ 1 كانون الثاني/يناير 2000. يرجى التحقق من السنة.</translation>
        </message>
        <message>
            <source>A receipt cannot be dated in the future: %1 is after today, %2. Enter the date the money was received, or record a pledge.</source>
            <extracomment>%1 and %2 are dates such as 2025-03-31</extracomment>
            <translation>لا يمكن أن يكون تاريخ المبلغ المقبوض في المستقبل: %1 لاحق لتاريخ اليوم، %2. يرجى إدخال تاريخ قبض الأموال، أو تسجيل تعهد.</translation>
        </message>
        <message>
            <source>The amount must be above zero. Enter the amount the donor gives.</source>
            <translation>يجب أن يكون المبلغ أكبر من الصفر. يرجى إدخال المبلغ الذي تقدمه الجهة المانحة.</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose the currency from the list.</source>
            <extracomment>%1 is what was entered as a currency code</extracomment>
            <translation>«%1» ليس رمز عملة معروفًا وفق المعيار ISO 4217. يرجى اختيار العملة من القائمة.</translation>
        </message>
        <message>
            <source>Enter the exchange rate to US dollars used on the day; it must be above zero.</source>
            <translation>يرجى إدخال سعر الصرف مقابل دولار الولايات المتحدة المعمول به في ذلك اليوم؛ ويجب أن يكون أكبر من الصفر.</translation>
        </message>
        <message>
            <source>The amount is in US dollars, so its exchange rate must be 1, not %1.</source>
            <extracomment>%1 is an exchange rate such as 0.98</extracomment>
            <translation>المبلغ مقوَّم بدولارات الولايات المتحدة، ولذلك يجب أن يكون سعر صرفه 1، وليس %1.</translation>
        </message>
        <message>
            <source>Only a receipt can be paid against a pledge. Clear the pledge it pays, or record a receipt.</source>
            <translation>لا يمكن سداد تعهد إلا بمبلغ مقبوض. يرجى إلغاء التعهد الذي يسدده، أو تسجيل مبلغ مقبوض.</translation>
        </message>
        <message>
            <source>A receipt cannot be paid against itself. Choose the pledge it pays, or none.</source>
            <translation>لا يمكن أن يُسدَّد المبلغ المقبوض مقابل نفسه. يرجى اختيار التعهد الذي يسدده، أو عدم اختيار أي تعهد.</translation>
        </message>
        <message>
            <source>The pledge this receipt pays is not in the fund's database. Choose the pledge again, or none.</source>
            <translation>التعهد الذي يسدده هذا المبلغ المقبوض غير موجود في قاعدة بيانات الصندوق. يرجى اختيار التعهد مرة أخرى، أو عدم اختيار أي تعهد.</translation>
        </message>
        <message>
            <source>The chosen pledge was made by another donor. Choose a pledge of %1, or none.</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>التعهد المختار قدمته جهة مانحة أخرى. يرجى اختيار تعهد من %1، أو عدم اختيار أي تعهد.</translation>
        </message>
        <message>
            <source>The chosen pledge is in %1 and this receipt in %2. Record the receipt in %1, or choose another pledge.</source>
            <extracomment>%1 and %2 are currency codes such as EUR</extracomment>
            <translation>التعهد المختار بعملة %1 وهذا المبلغ المقبوض بعملة %2. يرجى تسجيل المبلغ المقبوض بعملة %1، أو اختيار تعهد آخر.</translation>
        </message>
        <message>
            <source>The fund accepts no earmarked contributions (¶19): money restricted to specific activities cannot be recorded. Ask the donor to lift the restriction, then record the contribution without it.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>لا يقبل الصندوق تبرعات مخصصة الغرض (¶19): لا يمكن تسجيل أموال مقصورة على أنشطة محددة. يرجى أن تطلبوا من الجهة المانحة رفع هذا القيد، ثم تسجيل التبرع من دونه.</translation>
        </message>
        <message>
            <source>This receipt comes with conditions. Confirm that they do not restrict its use to specific activities (no earmarking, ¶19) before recording it.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>هذا المبلغ المقبوض مشروط. يرجى التأكد من أن الشروط لا تقصر استخدامه على أنشطة محددة (لا تخصيص للغرض، ¶19) قبل تسجيله.</translation>
        </message>
        <message>
            <source>Only a pledge can have a schedule of payments. Remove the schedule, or record a pledge.</source>
            <translation>لا يكون جدول المدفوعات إلا للتعهد. يرجى إزالة الجدول، أو تسجيل تعهد.</translation>
        </message>
        <message>
            <source>Enter the due date of scheduled payment %1.</source>
            <extracomment>%1 is the number of the payment in the schedule: 1, 2, 3 …</extracomment>
            <translation>يرجى إدخال تاريخ استحقاق الدفعة المقررة %1.</translation>
        </message>
        <message>
            <source>Scheduled payment %1 must be above zero.</source>
            <extracomment>%1 is the number of the payment in the schedule: 1, 2, 3 …</extracomment>
            <translation>يجب أن تكون الدفعة المقررة %1 أكبر من الصفر.</translation>
        </message>
        <message>
            <source>Scheduled payment %1 is in %2, but the pledge is in %3. Enter every payment in %3.</source>
            <extracomment>%1 is the number of the payment; %2 and %3 are currency codes such as EUR</extracomment>
            <translation>الدفعة المقررة %1 بعملة %2، ولكن التعهد بعملة %3. يرجى إدخال كل دفعة بعملة %3.</translation>
        </message>
        <message>
            <source>The scheduled payments add up to %1 %2, but the pledge is %3 %2. Adjust the payments so that they add up to the pledge.</source>
            <extracomment>%1 and %3 are amounts such as 1000.00, %2 their currency code such as EUR</extracomment>
            <translation>مجموع الدفعات المقررة %1 %2، ولكن التعهد %3 %2. يرجى تعديل الدفعات بحيث يساوي مجموعها مبلغ التعهد.</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) are recorded against this pledge, so it must stay a pledge. Record the money received as a receipt instead.</source>
            <translation>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغ مقبوض، ولذلك يجب أن يبقى تعهدًا. يرجى تسجيل الأموال المقبوضة بوصفها مبلغًا مقبوضًا بدلًا من ذلك.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغ مقبوض، ولذلك يجب أن يبقى تعهدًا. يرجى تسجيل الأموال المقبوضة بوصفها مبلغًا مقبوضًا بدلًا من ذلك.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغان مقبوضان، ولذلك يجب أن يبقى تعهدًا. يرجى تسجيل الأموال المقبوضة بوصفها مبلغًا مقبوضًا بدلًا من ذلك.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبالغ مقبوضة، ولذلك يجب أن يبقى تعهدًا. يرجى تسجيل الأموال المقبوضة بوصفها مبلغًا مقبوضًا بدلًا من ذلك.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغًا مقبوضًا، ولذلك يجب أن يبقى تعهدًا. يرجى تسجيل الأموال المقبوضة بوصفها مبلغًا مقبوضًا بدلًا من ذلك.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغ مقبوض، ولذلك يجب أن يبقى تعهدًا. يرجى تسجيل الأموال المقبوضة بوصفها مبلغًا مقبوضًا بدلًا من ذلك.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) from this donor are recorded against this pledge, so its donor cannot change.</source>
            <translation>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغ مقبوض من هذه الجهة المانحة، ولذلك لا يمكن تغيير الجهة المانحة.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغ مقبوض من هذه الجهة المانحة، ولذلك لا يمكن تغيير الجهة المانحة.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغان مقبوضان من هذه الجهة المانحة، ولذلك لا يمكن تغيير الجهة المانحة.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبالغ مقبوضة من هذه الجهة المانحة، ولذلك لا يمكن تغيير الجهة المانحة.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغًا مقبوضًا من هذه الجهة المانحة، ولذلك لا يمكن تغيير الجهة المانحة.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغ مقبوض من هذه الجهة المانحة، ولذلك لا يمكن تغيير الجهة المانحة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) in %1 are recorded against this pledge, so its currency must stay %1.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغ مقبوض بعملة %1، ولذلك يجب أن تبقى عملته %1.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغ مقبوض بعملة %1، ولذلك يجب أن تبقى عملته %1.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغان مقبوضان بعملة %1، ولذلك يجب أن تبقى عملته %1.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبالغ مقبوضة بعملة %1، ولذلك يجب أن تبقى عملته %1.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغًا مقبوضًا بعملة %1، ولذلك يجب أن تبقى عملته %1.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغ مقبوض بعملة %1، ولذلك يجب أن تبقى عملته %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>This contribution has been received, so its earlier state is kept in its history. Enter the reason for the change.</source>
            <translation>قُبض هذا التبرع، ولذلك يُحتفظ بحالته السابقة في سجله. يرجى إدخال سبب التغيير.</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) are recorded against this pledge, so it cannot be deleted. Delete those receipts first, or keep the pledge.</source>
            <translation>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغ مقبوض، ولذلك لا يمكن حذفه. يرجى حذف تلك المبالغ المقبوضة أولًا، أو الإبقاء على التعهد.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغ مقبوض، ولذلك لا يمكن حذفه. يرجى حذف ذلك المبلغ المقبوض أولًا، أو الإبقاء على التعهد.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغان مقبوضان، ولذلك لا يمكن حذفه. يرجى حذف هذين المبلغين المقبوضين أولًا، أو الإبقاء على التعهد.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبالغ مقبوضة، ولذلك لا يمكن حذفه. يرجى حذف تلك المبالغ المقبوضة أولًا، أو الإبقاء على التعهد.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغًا مقبوضًا، ولذلك لا يمكن حذفه. يرجى حذف تلك المبالغ المقبوضة أولًا، أو الإبقاء على التعهد.</numerusform>
                <numerusform>سُجِّل مقابل هذا التعهد %n مبلغ مقبوض، ولذلك لا يمكن حذفه. يرجى حذف تلك المبالغ المقبوضة أولًا، أو الإبقاء على التعهد.</numerusform>
            </translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building (demo)</source>
            <translation>صندوق الأمم المتحدة للتبرعات لبناء القدرات في مجال أمن تكنولوجيات المعلومات والاتصالات (تجريبي)</translation>
        </message>
        <message>
            <source>Enter the date of the payment.</source>
            <translation>يرجى إدخال تاريخ الدفعة.</translation>
        </message>
        <message>
            <source>A payment cannot be dated in the future.</source>
            <translation>لا يمكن أن يكون تاريخ الدفعة في المستقبل.</translation>
        </message>
        <message>
            <source>Enter the payee.</source>
            <translation>يرجى إدخال المستفيد من الدفعة.</translation>
        </message>
        <message>
            <source>Enter an amount above zero.</source>
            <translation>يرجى إدخال مبلغ أكبر من الصفر.</translation>
        </message>
        <message>
            <source>A payment is a positive amount; record money coming back as a refund, with its reason.</source>
            <translation>الدفعة مبلغ موجب؛ يرجى تسجيل الأموال المُعادة بوصفها استردادًا، مع ذكر سببه.</translation>
        </message>
        <message>
            <source>Enter the reason for the refund.</source>
            <translation>يرجى إدخال سبب الاسترداد.</translation>
        </message>
        <message>
            <source>Payments can be made only against an approved or active sponsorship or activity.</source>
            <translation>لا يجوز الدفع إلا مقابل رعاية أو نشاط موافق عليه أو جارٍ.</translation>
        </message>
        <message>
            <source>Choose the recipient State from the list.</source>
            <translation>يرجى اختيار الدولة المتلقية من القائمة.</translation>
        </message>
        <message>
            <source>This payment of %1 exceeds what remains committed on the item: %2.</source>
            <extracomment>%1 is the payment in USD, %2 what remains committed, both with currency</extracomment>
            <translation>هذه الدفعة البالغة %1 تتجاوز المبلغ المتبقي الملتزم به على البند: %2.</translation>
        </message>
        <message>
            <source>This refund of %1 exceeds what was paid on the item: %2.</source>
            <extracomment>%1 is the refund in USD, %2 what was paid, both with currency</extracomment>
            <translation>هذا الاسترداد البالغ %1 يتجاوز المبلغ المدفوع على البند: %2.</translation>
        </message>
        <message>
            <source>Choose what kind of donor this is.</source>
            <translation>يرجى اختيار نوع هذه الجهة المانحة.</translation>
        </message>
        <message>
            <source>Choose the State from the list.</source>
            <translation>يرجى اختيار الدولة من القائمة.</translation>
        </message>
        <message>
            <source>“%1” is not a State of the reference list. Choose the State from the list.</source>
            <extracomment>%1 is a code such as FRA</extracomment>
            <translation>«%1» ليست دولة في القائمة المرجعية. يرجى اختيار الدولة من القائمة.</translation>
        </message>
        <message>
            <source>%1 is an observer State, not a Member State. Choose “Observer State” as the kind of donor, or another State.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>%1 دولة مراقبة، وليست دولة عضوًا. يرجى اختيار «دولة مراقبة» نوعًا للجهة المانحة، أو اختيار دولة أخرى.</translation>
        </message>
        <message>
            <source>%1 is a Member State, not an observer State. Choose “Member State” as the kind of donor, or another State.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>%1 دولة عضو، وليست دولة مراقبة. يرجى اختيار «دولة عضو» نوعًا للجهة المانحة، أو اختيار دولة أخرى.</translation>
        </message>
        <message>
            <source>%1 already has a donor record, and a State has only one. Choose that record instead of adding a new one.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>لـ %1 سجل بالفعل بوصفها جهة مانحة، وليس للدولة إلا سجل واحد. يرجى اختيار ذلك السجل بدلًا من إضافة سجل جديد.</translation>
        </message>
        <message>
            <source>Enter the donor's name.</source>
            <translation>يرجى إدخال اسم الجهة المانحة.</translation>
        </message>
        <message>
            <source>The donor's name is %1 characters long. Shorten it to at most %2 characters.</source>
            <translation>يتألف اسم الجهة المانحة من %1 حرفًا. يرجى اختصاره إلى %2 حرفًا على الأكثر.</translation>
        </message>
        <message>
            <source>“%1” is not a country of the reference list. Choose the country from the list, or leave it empty.</source>
            <extracomment>%1 is a code such as FRA</extracomment>
            <translation>«%1» ليس بلدًا في القائمة المرجعية. يرجى اختيار البلد من القائمة، أو تركه فارغًا.</translation>
        </message>
        <message>
            <source>A donor of the kind “%1” needs no due-diligence clearance. Set the clearance to “Not required”.</source>
            <extracomment>%1 is a kind of donor, such as "Member State"</extracomment>
            <translation>لا تحتاج الجهة المانحة من نوع «%1» إلى إجازة في إطار العناية الواجبة. يرجى ضبط الإجازة على «غير مطلوبة».</translation>
        </message>
        <message>
            <source>Enter the date of the due-diligence decision (%1).</source>
            <extracomment>%1 is a due-diligence status: "Cleared" or "Declined"</extracomment>
            <translation>يرجى إدخال تاريخ قرار العناية الواجبة (%1).</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n contribution(s) recorded, so the donor cannot be deleted: the fund's books must keep who gave what. Delete the contributions first if they were entered by mistake.</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>
                <numerusform>سُجِّل لـ %1 %n تبرع، ولذلك لا يمكن حذف الجهة المانحة: يجب أن تحتفظ دفاتر الصندوق بما قدمته كل جهة. يرجى حذف التبرعات أولًا إذا كانت قد أُدخلت خطأً.</numerusform>
                <numerusform>سُجِّل لـ %1 %n تبرع، ولذلك لا يمكن حذف الجهة المانحة: يجب أن تحتفظ دفاتر الصندوق بما قدمته كل جهة. يرجى حذف التبرع أولًا إذا كان قد أُدخل خطأً.</numerusform>
                <numerusform>سُجِّل لـ %1 %n تبرعان، ولذلك لا يمكن حذف الجهة المانحة: يجب أن تحتفظ دفاتر الصندوق بما قدمته كل جهة. يرجى حذف التبرعين أولًا إذا كانا قد أُدخلا خطأً.</numerusform>
                <numerusform>سُجِّل لـ %1 %n تبرعات، ولذلك لا يمكن حذف الجهة المانحة: يجب أن تحتفظ دفاتر الصندوق بما قدمته كل جهة. يرجى حذف التبرعات أولًا إذا كانت قد أُدخلت خطأً.</numerusform>
                <numerusform>سُجِّل لـ %1 %n تبرعًا، ولذلك لا يمكن حذف الجهة المانحة: يجب أن تحتفظ دفاتر الصندوق بما قدمته كل جهة. يرجى حذف التبرعات أولًا إذا كانت قد أُدخلت خطأً.</numerusform>
                <numerusform>سُجِّل لـ %1 %n تبرع، ولذلك لا يمكن حذف الجهة المانحة: يجب أن تحتفظ دفاتر الصندوق بما قدمته كل جهة. يرجى حذف التبرعات أولًا إذا كانت قد أُدخلت خطأً.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: not a capital-based government official currently working on cyber/ICT-security diplomacy, policy or related technical fields</source>
            <extracomment>%1 is "¶21(a)"</extracomment>
            <translation>%1: ليس موظفًا حكوميًا يعمل في العاصمة ويعمل حاليًا في مجال دبلوماسية أو سياسات الأمن السيبراني/أمن تكنولوجيات المعلومات والاتصالات أو في المجالات التقنية ذات الصلة</translation>
        </message>
        <message>
            <source>%1: no direct experience of ICT-security matters in the current post, or no intention to contribute to the UN discussions</source>
            <extracomment>%1 is "¶21(b)"</extracomment>
            <translation>%1: لا توجد خبرة مباشرة في مسائل أمن تكنولوجيات المعلومات والاتصالات في المنصب الحالي، أو لا توجد نية للمساهمة في مناقشات الأمم المتحدة</translation>
        </message>
        <message>
            <source>%1: not able to travel and attend during the sessions</source>
            <extracomment>%1 is "¶21(c)"</extracomment>
            <translation>%1: غير قادر على السفر والحضور خلال الدورات</translation>
        </message>
        <message>
            <source>%1: will not attend all formal meetings and the capacity-building activities alongside them</source>
            <extracomment>%1 is "¶21(d)"</extracomment>
            <translation>%1: لن يحضر جميع الجلسات الرسمية وأنشطة بناء القدرات المنظمة بالتزامن معها</translation>
        </message>
        <message>
            <source>%1: not willing to share a report on the experience with the fund manager</source>
            <extracomment>%1 is "¶21(e)"</extracomment>
            <translation>%1: غير مستعد لتقديم تقرير عن التجربة إلى مدير الصندوق</translation>
        </message>
        <message>
            <source>The fund's setting “%1” holds a value FundDesk cannot read. Open the fund's settings, enter the value again and save.</source>
            <extracomment>%1 is the internal name of a setting, e.g. fund.threshold.usd_minor</extracomment>
            <translation>يتضمن إعداد الصندوق «%1» قيمة يتعذر على FundDesk قراءتها. يرجى فتح إعدادات الصندوق وإدخال القيمة مرة أخرى وحفظها.</translation>
        </message>
        <message>
            <source>The fund's name is %2 characters long. Shorten it to %1 characters at most.</source>
            <extracomment>%1 is the maximum number of characters, %2 the number typed</extracomment>
            <translation>يتألف اسم الصندوق من %2 حرفًا. يرجى اختصاره إلى %1 حرفًا على الأكثر.</translation>
        </message>
        <message>
            <source>The operational threshold cannot be negative. Enter zero, or the amount of receipts at which the fund becomes operational.</source>
            <translation>لا يمكن أن يكون الحد الأدنى لبدء التشغيل سالبًا. يرجى إدخال صفر، أو مبلغ المقبوضات الذي يبدأ عنده تشغيل الصندوق.</translation>
        </message>
        <message>
            <source>The operational threshold is in %1, but the fund's books are kept in US dollars. Enter the threshold in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>الحد الأدنى لبدء التشغيل مقوَّم بعملة %1، ولكن دفاتر الصندوق تُمسك بدولارات الولايات المتحدة. يرجى إدخال الحد الأدنى بعملة USD.</translation>
        </message>
        <message>
            <source>The annual cost of the Professional post cannot be negative. Enter zero or an amount above zero.</source>
            <translation>لا يمكن أن تكون التكلفة السنوية للوظيفة من الفئة الفنية سالبة. يرجى إدخال صفر أو مبلغ أكبر من الصفر.</translation>
        </message>
        <message>
            <source>The annual cost of the Professional post is in %1, but the fund's books are kept in US dollars. Enter the cost in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>التكلفة السنوية للوظيفة من الفئة الفنية مقوَّمة بعملة %1، ولكن دفاتر الصندوق تُمسك بدولارات الولايات المتحدة. يرجى إدخال التكلفة بعملة USD.</translation>
        </message>
        <message>
            <source>The annual cost of the General Service post cannot be negative. Enter zero or an amount above zero.</source>
            <translation>لا يمكن أن تكون التكلفة السنوية للوظيفة من فئة الخدمات العامة سالبة. يرجى إدخال صفر أو مبلغ أكبر من الصفر.</translation>
        </message>
        <message>
            <source>The annual cost of the General Service post is in %1, but the fund's books are kept in US dollars. Enter the cost in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>التكلفة السنوية للوظيفة من فئة الخدمات العامة مقوَّمة بعملة %1، ولكن دفاتر الصندوق تُمسك بدولارات الولايات المتحدة. يرجى إدخال التكلفة بعملة USD.</translation>
        </message>
        <message>
            <source>The minimum funding per activity cannot be negative. Enter zero or an amount above zero.</source>
            <translation>لا يمكن أن يكون الحد الأدنى للتمويل لكل نشاط سالبًا. يرجى إدخال صفر أو مبلغ أكبر من الصفر.</translation>
        </message>
        <message>
            <source>The minimum funding per activity is in %1, but the fund's books are kept in US dollars. Enter the minimum in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>الحد الأدنى للتمويل لكل نشاط مقوَّم بعملة %1، ولكن دفاتر الصندوق تُمسك بدولارات الولايات المتحدة. يرجى إدخال الحد الأدنى بعملة USD.</translation>
        </message>
        <message>
            <source>The threshold cannot have been announced on %1, after today (%2). Enter the date donors were told the threshold, or leave it empty until then.</source>
            <extracomment>%1 is the date entered, %2 today's date, both as YYYY-MM-DD</extracomment>
            <translation>لا يمكن أن يكون الحد الأدنى قد أُعلن في %1، أي بعد تاريخ اليوم (%2). يرجى إدخال التاريخ الذي أُبلغت فيه الجهات المانحة بالحد الأدنى، أو ترك الحقل فارغًا حتى ذلك الحين.</translation>
        </message>
        <message>
            <source>Not yet operational: set the minimum threshold of contributions in Settings (¶16).</source>
            <translation>ليس قيد التشغيل بعد: يرجى تحديد الحد الأدنى للتبرعات في الإعدادات (¶16).</translation>
        </message>
        <message>
            <source>Operational: contributions received have reached the threshold of %1.</source>
            <translation>قيد التشغيل: بلغت التبرعات المقبوضة الحد الأدنى البالغ %1.</translation>
        </message>
        <message>
            <source>Not yet operational: %1 still missing to reach the threshold of %2 (¶16).</source>
            <translation>ليس قيد التشغيل بعد: لا يزال ينقص %1 لبلوغ الحد الأدنى البالغ %2 (¶16).</translation>
        </message>
        <message>
            <source>No meeting has the reference “%1”.</source>
            <translation>لا يوجد اجتماع بالمرجع «%1».</translation>
        </message>
        <message>
            <source>Enter the meeting's reference, such as PM-2026-1.</source>
            <translation>يرجى إدخال مرجع الاجتماع، مثل PM-2026-1.</translation>
        </message>
        <message>
            <source>Another meeting already has the reference “%1”.</source>
            <translation>يحمل اجتماع آخر المرجع «%1» بالفعل.</translation>
        </message>
        <message>
            <source>Enter the meeting's name.</source>
            <translation>يرجى إدخال اسم الاجتماع.</translation>
        </message>
        <message>
            <source>Enter the city where the meeting is held.</source>
            <translation>يرجى إدخال المدينة التي يُعقد فيها الاجتماع.</translation>
        </message>
        <message>
            <source>Enter the first day of the meeting.</source>
            <translation>يرجى إدخال اليوم الأول للاجتماع.</translation>
        </message>
        <message>
            <source>The last day of the meeting cannot be before its first day.</source>
            <translation>لا يمكن أن يكون اليوم الأخير للاجتماع قبل يومه الأول.</translation>
        </message>
        <message numerus="yes">
            <source>The formal meeting days must be from 1 to %n, the days from the first to the last day of the meeting.</source>
            <translation>
                <numerusform>يجب أن تكون أيام الجلسات الرسمية من 1 إلى %n، أي الأيام من اليوم الأول إلى اليوم الأخير للاجتماع.</numerusform>
                <numerusform>يجب أن تكون أيام الجلسات الرسمية من 1 إلى %n، أي الأيام من اليوم الأول إلى اليوم الأخير للاجتماع.</numerusform>
                <numerusform>يجب أن تكون أيام الجلسات الرسمية من 1 إلى %n، أي الأيام من اليوم الأول إلى اليوم الأخير للاجتماع.</numerusform>
                <numerusform>يجب أن تكون أيام الجلسات الرسمية من 1 إلى %n، أي الأيام من اليوم الأول إلى اليوم الأخير للاجتماع.</numerusform>
                <numerusform>يجب أن تكون أيام الجلسات الرسمية من 1 إلى %n، أي الأيام من اليوم الأول إلى اليوم الأخير للاجتماع.</numerusform>
                <numerusform>يجب أن تكون أيام الجلسات الرسمية من 1 إلى %n، أي الأيام من اليوم الأول إلى اليوم الأخير للاجتماع.</numerusform>
            </translation>
        </message>
        <message>
            <source>The airfare from %1 must be an amount in USD of 0 or more.</source>
            <extracomment>%1 is a region of the world, such as Africa</extracomment>
            <translation>يجب أن تكون أجرة السفر جوًا من %1 مبلغًا بعملة USD قدره 0 أو أكثر.</translation>
        </message>
        <message>
            <source>The daily subsistence allowance must be an amount in USD of 0 or more.</source>
            <translation>يجب أن يكون بدل الإقامة اليومي مبلغًا بعملة USD قدره 0 أو أكثر.</translation>
        </message>
        <message>
            <source>The days of subsistence allowance cannot be negative.</source>
            <translation>لا يمكن أن يكون عدد أيام بدل الإقامة سالبًا.</translation>
        </message>
        <message>
            <source>The terminal expenses must be an amount in USD of 0 or more.</source>
            <translation>يجب أن تكون النفقات النهائية مبلغًا بعملة USD قدره 0 أو أكثر.</translation>
        </message>
        <message numerus="yes">
            <source>%n sponsorship application(s) are recorded for this meeting, so it cannot be deleted.</source>
            <translation>
                <numerusform>سُجِّل لهذا الاجتماع %n طلب رعاية، ولذلك لا يمكن حذفه.</numerusform>
                <numerusform>سُجِّل لهذا الاجتماع %n طلب رعاية، ولذلك لا يمكن حذفه.</numerusform>
                <numerusform>سُجِّل لهذا الاجتماع %n طلبا رعاية، ولذلك لا يمكن حذفه.</numerusform>
                <numerusform>سُجِّل لهذا الاجتماع %n طلبات رعاية، ولذلك لا يمكن حذفه.</numerusform>
                <numerusform>سُجِّل لهذا الاجتماع %n طلبًا للرعاية، ولذلك لا يمكن حذفه.</numerusform>
                <numerusform>سُجِّل لهذا الاجتماع %n طلب رعاية، ولذلك لا يمكن حذفه.</numerusform>
            </translation>
        </message>
        <message>
            <source>The year %1 is closed, so its records cannot be changed. The fund manager can reopen the year, giving a reason.</source>
            <extracomment>%1 is a year such as 2025</extracomment>
            <translation>السنة %1 مقفلة، ولذلك لا يمكن تغيير سجلاتها. ويمكن لمدير الصندوق إعادة فتح السنة مع ذكر السبب.</translation>
        </message>
        <message>
            <source>Only the fund manager can close or reopen a year. The current profile has the role “%1”.</source>
            <extracomment>%1 is the name of a role, such as "Fund manager"</extracomment>
            <translation>لا يمكن إقفال سنة أو إعادة فتحها إلا لمدير الصندوق. ودور ملف التعريف الحالي هو «%1».</translation>
        </message>
        <message>
            <source>The year %1 is already closed.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>السنة %1 مقفلة بالفعل.</translation>
        </message>
        <message>
            <source>Enter the reason for reopening the year: it is kept on record.</source>
            <translation>يرجى إدخال سبب إعادة فتح السنة: إذ يُحفظ في السجل.</translation>
        </message>
        <message>
            <source>The year %1 is not closed.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>السنة %1 غير مقفلة.</translation>
        </message>
        <message>
            <source>A scheduled payment of a pledge in %1 is in %2. Enter every scheduled payment in the pledge's currency.</source>
            <extracomment>%1 is the pledge's currency, %2 the currency of one of its scheduled payments</extracomment>
            <translation>إحدى الدفعات المقررة لتعهد بعملة %1 مقوَّمة بعملة %2. يرجى إدخال كل دفعة مقررة بعملة التعهد.</translation>
        </message>
        <message>
            <source>The profile is no longer in the fund's database.</source>
            <translation>لم يعد ملف التعريف موجودًا في قاعدة بيانات الصندوق.</translation>
        </message>
        <message>
            <source>Enter the name of the profile.</source>
            <translation>يرجى إدخال اسم ملف التعريف.</translation>
        </message>
        <message>
            <source>A profile named “%1” already exists.</source>
            <extracomment>%1 is the name of a person's profile</extracomment>
            <translation>يوجد بالفعل ملف تعريف باسم «%1».</translation>
        </message>
        <message>
            <source>Reference data, row %1, column %2: a quotation mark is misplaced. A field with quotation marks must be enclosed in them entirely.</source>
            <translation>البيانات المرجعية، الصف %1، العمود %2: علامة تنصيص في غير موضعها. يجب أن يكون الحقل الذي يحتوي على علامات تنصيص محصورًا بينها بالكامل.</translation>
        </message>
        <message>
            <source>Reference data, row %1: a quoted field is not closed before the end of the file.</source>
            <translation>البيانات المرجعية، الصف %1: حقل بين علامتي تنصيص لم يُغلق قبل نهاية الملف.</translation>
        </message>
        <message>
            <source>Reference data: the column “%1” appears twice in the header.</source>
            <translation>البيانات المرجعية: يظهر العمود «%1» مرتين في صف العناوين.</translation>
        </message>
        <message>
            <source>Reference data: the column “%1” is missing from the header.</source>
            <translation>البيانات المرجعية: العمود «%1» مفقود من صف العناوين.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: the value is empty.</source>
            <translation>البيانات المرجعية، الصف %1، العمود «%2»: القيمة فارغة.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” is not 0 or 1.</source>
            <translation>البيانات المرجعية، الصف %1، العمود «%2»: «%3» ليست 0 أو 1.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” is not a valid value.</source>
            <translation>البيانات المرجعية، الصف %1، العمود «%2»: «%3» ليست قيمة صالحة.</translation>
        </message>
        <message>
            <source>Reference data: the file is not valid UTF-8 text.</source>
            <translation>البيانات المرجعية: الملف ليس نصًا صالحًا بترميز UTF-8.</translation>
        </message>
        <message>
            <source>Reference data: the file is empty; a header row is expected.</source>
            <translation>البيانات المرجعية: الملف فارغ؛ ويُتوقع وجود صف عناوين.</translation>
        </message>
        <message>
            <source>Reference data, row %1: %2 fields where the header has %3.</source>
            <translation>البيانات المرجعية، الصف %1: عدد الحقول %2 بينما يتضمن صف العناوين %3.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” appears twice.</source>
            <translation>البيانات المرجعية، الصف %1، العمود «%2»: «%3» تظهر مرتين.</translation>
        </message>
        <message>
            <source>The list of States built into FundDesk could not be read.</source>
            <translation>تعذّرت قراءة قائمة الدول المضمّنة في FundDesk.</translation>
        </message>
        <message>
            <source>Conflict of interest: describe the conflict you declare, so the record shows why you did not score.</source>
            <translation>تضارب المصالح: يرجى وصف التضارب الذي تعلنونه، حتى يبيّن السجل سبب عدم إسنادكم درجات.</translation>
        </message>
        <message>
            <source>Reviewer: enter the name of the reviewer.</source>
            <translation>المراجِع: يرجى إدخال اسم المراجِع.</translation>
        </message>
        <message>
            <source>Reviewer: %1 has already declared for this application. Open that review instead.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>المراجِع: قدّم %1 إعلانًا بالفعل بشأن هذا الطلب. يرجى فتح تلك المراجعة بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>%1 declared a conflict of interest for this application and cannot score it. The aggregate score is computed without this reviewer.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>أعلن %1 عن تضارب في المصالح بشأن هذا الطلب، ولا يجوز له إسناد درجات إليه. وتُحسب الدرجة الإجمالية دون هذا المراجِع.</translation>
        </message>
        <message>
            <source>%1: the score must be a whole number from %2 to %3.</source>
            <extracomment>%1 is a criterion name; %2 and %3 the ends of the scale (0 and 5)</extracomment>
            <translation>%1: يجب أن تكون الدرجة عددًا صحيحًا من %2 إلى %3.</translation>
        </message>
        <message>
            <source>Justification: explain the scores in writing; the selection must be transparent and accountable.</source>
            <translation>المبررات: يرجى شرح الدرجات كتابةً؛ إذ يجب أن يكون الاختيار شفافًا وخاضعًا للمساءلة.</translation>
        </message>
        <message numerus="yes">
            <source>You pinned %1 applicants for %n seat(s): the slate is the pinned applicants only. Unpin some or add seats.</source>
            <translation>
                <numerusform>ثُبِّت %1 من مقدمي الطلبات لـ %n مقعد: تقتصر القائمة المختارة على مقدمي الطلبات المثبَّتين. يرجى إلغاء تثبيت بعضهم أو إضافة مقاعد.</numerusform>
                <numerusform>ثُبِّت %1 من مقدمي الطلبات لـ %n مقعد: تقتصر القائمة المختارة على مقدمي الطلبات المثبَّتين. يرجى إلغاء تثبيت بعضهم أو إضافة مقاعد.</numerusform>
                <numerusform>ثُبِّت %1 من مقدمي الطلبات لـ %n مقعدين: تقتصر القائمة المختارة على مقدمي الطلبات المثبَّتين. يرجى إلغاء تثبيت بعضهم أو إضافة مقاعد.</numerusform>
                <numerusform>ثُبِّت %1 من مقدمي الطلبات لـ %n مقاعد: تقتصر القائمة المختارة على مقدمي الطلبات المثبَّتين. يرجى إلغاء تثبيت بعضهم أو إضافة مقاعد.</numerusform>
                <numerusform>ثُبِّت %1 من مقدمي الطلبات لـ %n مقعدًا: تقتصر القائمة المختارة على مقدمي الطلبات المثبَّتين. يرجى إلغاء تثبيت بعضهم أو إضافة مقاعد.</numerusform>
                <numerusform>ثُبِّت %1 من مقدمي الطلبات لـ %n مقعد: تقتصر القائمة المختارة على مقدمي الطلبات المثبَّتين. يرجى إلغاء تثبيت بعضهم أو إضافة مقاعد.</numerusform>
            </translation>
        </message>
        <message>
            <source>The pinned applicants cost %1, more than the budget of %2: the slate is the pinned applicants only.</source>
            <translation>تبلغ تكلفة مقدمي الطلبات المثبَّتين %1، وهي أكبر من الميزانية البالغة %2: تقتصر القائمة المختارة على مقدمي الطلبات المثبَّتين.</translation>
        </message>
        <message>
            <source>Pinned by you</source>
            <translation>مثبَّت من قِبلكم</translation>
        </message>
        <message>
            <source>One of %1 delegates from %2: no applicant from another State could take the seat</source>
            <translation>واحد من %1 مندوبين من %2: لم يكن بإمكان أي مقدم طلب من دولة أخرى شغل المقعد</translation>
        </message>
        <message>
            <source>Only applicant from %1</source>
            <translation>مقدم الطلب الوحيد من %1</translation>
        </message>
        <message numerus="yes">
            <source>Chosen among %n applicants from %1</source>
            <translation>
                <numerusform>اختير من بين %n مقدم طلب من %1</numerusform>
                <numerusform>اختير من بين %n مقدم طلب من %1</numerusform>
                <numerusform>اختير من بين %n مقدمَي طلب من %1</numerusform>
                <numerusform>اختير من بين %n مقدمي طلبات من %1</numerusform>
                <numerusform>اختير من بين %n مقدمَ طلب من %1</numerusform>
                <numerusform>اختير من بين %n مقدم طلب من %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Covers %1</source>
            <translation>يغطي %1</translation>
        </message>
        <message>
            <source>Priority State: %1</source>
            <extracomment>%1 is a list of priority groups such as "LDC and LLDC" (¶22)</extracomment>
            <translation>دولة ذات أولوية: %1</translation>
        </message>
        <message>
            <source>Score %1</source>
            <translation>الدرجة %1</translation>
        </message>
        <message>
            <source>No reviewer score yet</source>
            <translation>لا توجد درجة من المراجعين بعد</translation>
        </message>
        <message>
            <source>Excluded by you</source>
            <translation>مستبعد من قِبلكم</translation>
        </message>
        <message>
            <source>Not eligible: %1</source>
            <extracomment>%1 lists the failing criteria, such as "¶21(a) and ¶21(c)"</extracomment>
            <translation>غير مؤهل: %1</translation>
        </message>
        <message>
            <source>Not screened yet: assess %1</source>
            <extracomment>%1 lists the criteria not yet assessed, such as "¶21(b) and ¶21(d)"</extracomment>
            <translation>لم يُفحص بعد: يرجى تقييم %1</translation>
        </message>
        <message>
            <source>Would need a budget of %1 more</source>
            <translation>يحتاج إلى ميزانية إضافية قدرها %1</translation>
        </message>
        <message>
            <source>The pinned applicants take the whole slate</source>
            <translation>يشغل مقدمو الطلبات المثبَّتون القائمة المختارة بأكملها</translation>
        </message>
        <message>
            <source>%1 already has a delegate and other States wait</source>
            <translation>لدى %1 مندوب بالفعل، وهناك دول أخرى تنتظر</translation>
        </message>
        <message>
            <source>Every seat is taken by a pinned applicant</source>
            <translation>يشغل مقدمو الطلبات المثبَّتون جميع المقاعد</translation>
        </message>
        <message>
            <source>Taking them would leave %1 without a delegate</source>
            <translation>اختيارهم سيترك %1 دون مندوب</translation>
        </message>
        <message>
            <source>Taking them would leave fewer than half of the seats to women</source>
            <translation>اختيارهم سيترك للنساء أقل من نصف المقاعد</translation>
        </message>
        <message>
            <source>Taking them would leave %1 uncovered</source>
            <translation>اختيارهم سيترك %1 دون تغطية</translation>
        </message>
        <message>
            <source>Taking them would mean one delegate fewer from LDC, LLDC and SIDS</source>
            <translation>اختيارهم سيعني مندوبًا واحدًا أقل من أقل البلدان نموا والبلدان النامية غير الساحلية والدول الجزرية الصغيرة النامية</translation>
        </message>
        <message>
            <source>A higher score than %1 (the lowest selected with the same profile)</source>
            <translation>درجة أعلى من %1 (أدنى درجة بين المختارين من الفئة نفسها)</translation>
        </message>
        <message>
            <source>A higher score than %1 (the score of %2, whose place they would take)</source>
            <translation>درجة أعلى من %1 (درجة %2، الذي سيحلون محله)</translation>
        </message>
        <message>
            <source>Same standing as %1, who costs %2 less</source>
            <translation>الوضع نفسه الذي عليه %1، الذي تقل تكلفته بمقدار %2</translation>
        </message>
        <message>
            <source>Same standing and cost as %1, whose application came first</source>
            <translation>الوضع والتكلفة نفسهما اللذان عليهما %1، الذي قُدم طلبه أولًا</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>No regional group is covered by the slate</extracomment>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>Seats filled</source>
            <translation>المقاعد المشغولة</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 من %2</translation>
        </message>
        <message>
            <source>States</source>
            <translation>الدول</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>التكلفة الإجمالية</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>الميزانية</translation>
        </message>
        <message>
            <source>%1 (%2 left)</source>
            <translation>%1 (المتبقي %2)</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>النساء</translation>
        </message>
        <message>
            <source>%1 (%2 %)</source>
            <translation>%1 (%2 %)</translation>
        </message>
        <message>
            <source>Regional groups covered</source>
            <translation>المجموعات الإقليمية المشمولة</translation>
        </message>
        <message>
            <source>%1 of 5: %2</source>
            <translation>%1 من 5: %2</translation>
        </message>
        <message>
            <source>From LDC, LLDC or SIDS</source>
            <translation>من أقل البلدان نموا أو البلدان النامية غير الساحلية أو الدول الجزرية الصغيرة النامية</translation>
        </message>
        <message>
            <source>The seats must be a whole number from 1 to %1.</source>
            <translation>يجب أن يكون عدد المقاعد عددًا صحيحًا من 1 إلى %1.</translation>
        </message>
        <message>
            <source>The budget must be an amount in USD of 0 or more.</source>
            <translation>يجب أن تكون الميزانية مبلغًا بعملة USD قدره 0 أو أكثر.</translation>
        </message>
        <message>
            <source>Choose the meeting the applicant would attend.</source>
            <translation>يرجى اختيار الاجتماع الذي سيحضره مقدم الطلب.</translation>
        </message>
        <message>
            <source>Enter the applicant's name.</source>
            <translation>يرجى إدخال اسم مقدم الطلب.</translation>
        </message>
        <message>
            <source>Choose the applicant's gender, or “Other or undisclosed”.</source>
            <translation>يرجى اختيار نوع جنس مقدم الطلب، أو «غير ذلك أو لم يُفصح عنه».</translation>
        </message>
        <message>
            <source>Choose the applicant's State from the list.</source>
            <translation>يرجى اختيار دولة مقدم الطلب من القائمة.</translation>
        </message>
        <message>
            <source>The cost you set must be an amount in USD of 0 or more.</source>
            <translation>يجب أن تكون التكلفة التي حددتموها مبلغًا بعملة USD قدره 0 أو أكثر.</translation>
        </message>
        <message>
            <source>Say why the cost differs from the meeting's norms.</source>
            <translation>يرجى بيان سبب اختلاف التكلفة عن المعايير المحددة للاجتماع.</translation>
        </message>
        <message>
            <source>The score must be a whole number from 0 to 100.</source>
            <translation>يجب أن تكون الدرجة عددًا صحيحًا من 0 إلى 100.</translation>
        </message>
        <message>
            <source>The actual cost must be an amount in USD of 0 or more.</source>
            <translation>يجب أن تكون التكلفة الفعلية مبلغًا بعملة USD قدره 0 أو أكثر.</translation>
        </message>
        <message>
            <source>not every criterion of ¶21 is assessed yet</source>
            <translation>لم تُقيَّم بعد جميع معايير ¶21</translation>
        </message>
        <message>
            <source>This application cannot be recommended: %1.</source>
            <extracomment>%1 is the reason, such as "¶21(c): not able to travel and attend during the sessions"</extracomment>
            <translation>لا يمكن التوصية بهذا الطلب: %1.</translation>
        </message>
        <message>
            <source>Choose the meeting and the State to estimate the cost.</source>
            <translation>يرجى اختيار الاجتماع والدولة لتقدير التكلفة.</translation>
        </message>
        <message>
            <source>The sponsorship is no longer in the fund's database.</source>
            <translation>لم تعد الرعاية موجودة في قاعدة بيانات الصندوق.</translation>
        </message>
        <message>
            <source>The activity is no longer in the fund's database.</source>
            <translation>لم يعد النشاط موجودًا في قاعدة بيانات الصندوق.</translation>
        </message>
        <message>
            <source>An application cannot move from “%1” to “%2”: “%1” is a final status.</source>
            <extracomment>%1 and %2 are statuses of an application</extracomment>
            <translation>لا يمكن نقل الطلب من «%1» إلى «%2»: «%1» حالة نهائية.</translation>
        </message>
        <message>
            <source>An application cannot move from “%1” to “%2”. From “%1” it can move only to %3.</source>
            <extracomment>%1 and %2 are statuses; %3 lists the statuses allowed next, separated by commas</extracomment>
            <translation>لا يمكن نقل الطلب من «%1» إلى «%2». ولا يمكن نقله من «%1» إلا إلى %3.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Choose your profile before changing an application's status.</source>
            <translation>يرجى اختيار ملف التعريف الخاص بكم قبل تغيير حالة الطلب.</translation>
        </message>
        <message>
            <source>Only a profile with the role “%2” can record “%1”; the current profile has the role “%3”.</source>
            <extracomment>%1 is a status, %2 and %3 are role names</extracomment>
            <translation>لا يمكن تسجيل «%1» إلا لملف تعريف له الدور «%2»؛ ودور ملف التعريف الحالي هو «%3».</translation>
        </message>
        <message>
            <source>not every ¶21 criterion has been assessed</source>
            <translation>لم تُقيَّم بعد جميع معايير ¶21</translation>
        </message>
        <message>
            <source>This sponsorship cannot be “%1”: %2.</source>
            <extracomment>%1 is a status; %2 lists the failed ¶21 criteria, separated by semicolons</extracomment>
            <translation>لا يمكن أن تكون حالة هذه الرعاية «%1»: %2.</translation>
        </message>
        <message>
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message>
            <source>%1 recommended this application, so %1 cannot also approve or reject it. Another profile of the High Representative's office must decide.</source>
            <extracomment>%1 is the name of a person's profile</extracomment>
            <translation>أوصى %1 بهذا الطلب، ولذلك لا يجوز لـ %1 أيضًا الموافقة عليه أو رفضه. ويجب أن يبت فيه ملف تعريف آخر من مكتب الممثل السامي.</translation>
        </message>
        <message>
            <source>Enter the written justification for “%1”: it is required both for recommending and for not recommending.</source>
            <extracomment>%1 is a status such as "Recommended"</extracomment>
            <translation>يرجى إدخال المبررات المكتوبة لـ «%1»: فهي مطلوبة للتوصية وعدم التوصية على حد سواء.</translation>
        </message>
        <message>
            <source>The amount “%1” has its thousands grouped wrongly: use groups of three digits, as in %2.</source>
            <translation>تجميع خانات الآلاف في المبلغ «%1» غير صحيح: يرجى استخدام مجموعات من ثلاثة أرقام، كما في %2.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail was never sealed: it was added outside FundDesk.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>القيد %1 من سجل التدقيق لم يُختم قط: لقد أُضيف خارج FundDesk.</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be read: check that you may read it and that the disk is not full.</source>
            <translation>تعذّرت قراءة قاعدة بيانات الصندوق «%1»: يرجى التحقق من أن لديكم إذنًا بقراءتها ومن أن القرص غير ممتلئ.</translation>
        </message>
        <message>
            <source>The fund's database “%1” was deleted, moved or replaced while FundDesk had it open. Nothing more is saved to it: back up now to keep what is open, then open the fund again.</source>
            <translation>حُذفت قاعدة بيانات الصندوق «%1» أو نُقلت أو استُبدلت بينما كانت مفتوحة في FundDesk. لن يُحفظ فيها أي شيء بعد الآن: يرجى إنشاء نسخة احتياطية الآن للاحتفاظ بما هو مفتوح، ثم فتح الصندوق مرة أخرى.</translation>
        </message>
        <message>
            <source>The fund's database “%1” is read-only: FundDesk cannot save changes to it. Open it read-only, or make the file writable.</source>
            <translation>قاعدة بيانات الصندوق «%1» للقراءة فقط: لا يمكن لـ FundDesk حفظ التغييرات فيها. يرجى فتحها للقراءة فقط، أو جعل الملف قابلًا للكتابة.</translation>
        </message>
        <message>
            <source>%1 on %2, process %3, since %4 UTC</source>
            <extracomment>who holds a fund open: %1 user name, %2 computer name, %3 process number, %4 date and time</extracomment>
            <translation>%1 على %2، العملية %3، منذ %4 بتوقيت UTC</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>“%1” is already open for changes in another FundDesk (%2). Close it there first, or open the fund read-only.</source>
            <extracomment>%1 the fund's file, %2 who has it open (user, computer, process, since when)</extracomment>
            <translation>«%1» مفتوح بالفعل لإجراء تغييرات في نسخة أخرى من FundDesk (%2). يرجى إغلاقه هناك أولًا، أو فتح الصندوق للقراءة فقط.</translation>
        </message>
        <message>
            <source>FundDesk could not write its lock file beside “%1”. Check that the folder is writable and the disk is not full, or open the fund read-only.</source>
            <translation>تعذّر على FundDesk كتابة ملف القفل الخاص به بجانب «%1». يرجى التحقق من إمكانية الكتابة في المجلد ومن أن القرص غير ممتلئ، أو فتح الصندوق للقراءة فقط.</translation>
        </message>
        <message>
            <source>This receipt comes with conditions. Confirm for the whole file that no condition restricts the money to specific activities (no earmarking, ¶19), or record this receipt in the contribution form.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>هذا المبلغ المقبوض مشروط. يرجى التأكيد، بالنسبة إلى الملف بأكمله، على أن أي شرط لا يقصر الأموال على أنشطة محددة (لا تخصيص للغرض، ¶19)، أو تسجيل هذا المبلغ المقبوض في استمارة التبرع.</translation>
        </message>
        <message>
            <source>%1 is not a State of this kind. Write %2 in donor_kind.</source>
            <extracomment>%1 is a country code such as FRA, %2 the right donor_kind value</extracomment>
            <translation>%1 ليست دولة من هذا النوع. يرجى كتابة %2 في العمود donor_kind.</translation>
        </message>
        <message>
            <source>The UN's due diligence declined %1, so the fund cannot accept its money (¶14). Remove the row.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>رفضت الأمم المتحدة %1 في إطار العناية الواجبة، ولذلك لا يمكن للصندوق قبول أموالها (¶14). يرجى إزالة الصف.</translation>
        </message>
        <message>
            <source>%1 has not been cleared by the UN's due diligence, so its money cannot be recorded as received (¶14). Record the clearance on the donor first, or import the row as a pledge.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>لم تُجِز الأمم المتحدة %1 في إطار العناية الواجبة، ولذلك لا يمكن تسجيل أموالها بوصفها مقبوضة (¶14). يرجى تسجيل الإجازة للجهة المانحة أولًا، أو استيراد الصف بوصفه تعهدًا.</translation>
        </message>
        <message>
            <source>A receipt cannot be dated in the future: %1 is after today, %2. Correct the date, or import the row as a pledge.</source>
            <extracomment>%1 and %2 are dates such as 2026-03-31</extracomment>
            <translation>لا يمكن أن يكون تاريخ المبلغ المقبوض في المستقبل: %1 لاحق لتاريخ اليوم، %2. يرجى تصحيح التاريخ، أو استيراد الصف بوصفه تعهدًا.</translation>
        </message>
        <message>
            <source>The year %1 is closed, so nothing dated in it can be recorded. Correct the date, or reopen the year first.</source>
            <extracomment>%1 is a year such as 2025</extracomment>
            <translation>السنة %1 مقفلة، ولذلك لا يمكن تسجيل أي شيء مؤرخ فيها. يرجى تصحيح التاريخ، أو إعادة فتح السنة أولًا.</translation>
        </message>
        <message>
            <source>The amount is in US dollars, so its usd_rate must be empty, not “%1”.</source>
            <extracomment>%1 is what the file holds as a rate</extracomment>
            <translation>المبلغ مقوَّم بدولارات الولايات المتحدة، ولذلك يجب أن يكون العمود usd_rate فارغًا، وليس «%1».</translation>
        </message>
        <message>
            <source>The usd_rate column is empty. Write how many US dollars one %1 was worth on the day, such as 1.0825.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>العمود usd_rate فارغ. يرجى كتابة عدد دولارات الولايات المتحدة التي كانت تعادل وحدة واحدة من %1 في ذلك اليوم، مثل 1.0825.</translation>
        </message>
        <message>
            <source>“%1” is not an exchange rate. Write US dollars per unit with a dot and at most 9 decimals, such as 1.0825.</source>
            <extracomment>%1 is what the file holds as a rate</extracomment>
            <translation>«%1» ليس سعر صرف. يرجى كتابة عدد دولارات الولايات المتحدة مقابل الوحدة الواحدة، باستخدام نقطة و9 منازل عشرية على الأكثر، مثل 1.0825.</translation>
        </message>
        <message>
            <source>This row repeats line %1: the reference “%2” is used twice. Remove the repeated row, or correct the reference.</source>
            <extracomment>%1 is a line number, %2 an activity's reference such as CB-2026-014
----------
%1 is a line number, %2 a contribution's reference</extracomment>
            <translation>هذا الصف يكرر السطر %1: المرجع «%2» مستخدم مرتين. يرجى إزالة الصف المكرر، أو تصحيح المرجع.</translation>
        </message>
        <message>
            <source>The fund already has a contribution with the reference “%1”. Remove the row if it was imported before, or correct the reference.</source>
            <extracomment>%1 is a contribution's reference</extracomment>
            <translation>لدى الصندوق بالفعل تبرع بالمرجع «%1». يرجى إزالة الصف إذا كان قد استُورد من قبل، أو تصحيح المرجع.</translation>
        </message>
        <message>
            <source>This row repeats line %1: same date, donor, type and amount. Remove the repeated row, or give each its reference to tell them apart.</source>
            <extracomment>%1 is a line number</extracomment>
            <translation>هذا الصف يكرر السطر %1: التاريخ والجهة المانحة والنوع والمبلغ نفسها. يرجى إزالة الصف المكرر، أو إعطاء كل منهما مرجعًا للتمييز بينهما.</translation>
        </message>
        <message>
            <source>The fund already has a contribution of this donor with the same date, type and amount. Remove the row if it was imported before, or give it a reference to tell the two apart.</source>
            <translation>لدى الصندوق بالفعل تبرع من هذه الجهة المانحة بالتاريخ والنوع والمبلغ نفسها. يرجى إزالة الصف إذا كان قد استُورد من قبل، أو إعطاؤه مرجعًا للتمييز بين التبرعين.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>أُلغي الاستيراد؛ ولم يُكتب أي شيء.</translation>
        </message>
        <message>
            <source>The file is empty. Choose a CSV file with a header line and at least one row, or write a template first.</source>
            <translation>الملف فارغ. يرجى اختيار ملف CSV يتضمن سطر عناوين وصفًا واحدًا على الأقل، أو كتابة قالب أولًا.</translation>
        </message>
        <message>
            <source>Line %1: a field is longer than %2 characters. Check that the quotes of the field are closed.</source>
            <extracomment>%1 is a line number, %2 a number of characters</extracomment>
            <translation>السطر %1: أحد الحقول أطول من %2 حرفًا. يرجى التحقق من إغلاق علامات التنصيص في الحقل.</translation>
        </message>
        <message>
            <source>Line %1 has more than %2 fields. Check that the file is a CSV export of a table.</source>
            <extracomment>%1 is a line number, %2 a number of fields</extracomment>
            <translation>يتضمن السطر %1 أكثر من %2 حقلًا. يرجى التحقق من أن الملف جدول مصدَّر بصيغة CSV.</translation>
        </message>
        <message>
            <source>Line %1: a field holds a double quote but does not start with one. Put the field in quotes and double the quote inside it ("").</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>السطر %1: يحتوي أحد الحقول على علامة تنصيص مزدوجة لكنه لا يبدأ بها. يرجى وضع الحقل بين علامتي تنصيص ومضاعفة علامة التنصيص الواردة داخله ("").</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is never closed. Add the closing double quote.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>السطر %1: حقل بين علامتي تنصيص لم يُغلق قط. يرجى إضافة علامة التنصيص المزدوجة الختامية.</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is followed by other text before the next separator. Put the whole field in quotes, or remove the text after the closing quote.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>السطر %1: يلي حقلًا بين علامتي تنصيص نص آخر قبل الفاصل التالي. يرجى وضع الحقل بأكمله بين علامتي تنصيص، أو إزالة النص الوارد بعد علامة التنصيص الختامية.</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB. Split it into smaller files.</source>
            <extracomment>%1 is a size in megabytes</extracomment>
            <translation>حجم الملف أكبر من %1 ميغابايت. يرجى تقسيمه إلى ملفات أصغر.</translation>
        </message>
        <message>
            <source>The file holds binary data (a NUL byte on line %1), so it is not a CSV text file. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>يحتوي الملف على بيانات ثنائية (بايت NUL في السطر %1)، ولذلك فهو ليس ملفًا نصيًا بصيغة CSV. يرجى حفظ الجدول بصيغة «CSV UTF-8» واختيار ذلك الملف.</translation>
        </message>
        <message>
            <source>Line %1 is not valid UTF-8 text. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>السطر %1 ليس نصًا صالحًا بترميز UTF-8. يرجى حفظ الجدول بصيغة «CSV UTF-8» واختيار ذلك الملف.</translation>
        </message>
        <message>
            <source>Line %1 holds a control character (%2), so the file is not a CSV text file. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number, %2 a character code such as U+0007</extracomment>
            <translation>يحتوي السطر %1 على حرف تحكم (%2)، ولذلك فالملف ليس ملفًا نصيًا بصيغة CSV. يرجى حفظ الجدول بصيغة «CSV UTF-8» واختيار ذلك الملف.</translation>
        </message>
        <message>
            <source>The file “%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>تعذّر فتح الملف «%1». يرجى التحقق من اسمه ومن أن لديكم إذنًا بقراءته.</translation>
        </message>
        <message>
            <source>This row repeats the donor of line %1 (%2). Remove one of the rows.</source>
            <extracomment>%1 is a line number, %2 a donor's name or a country code</extracomment>
            <translation>هذا الصف يكرر الجهة المانحة الواردة في السطر %1 (%2). يرجى إزالة أحد الصفين.</translation>
        </message>
        <message>
            <source>The fund already has the donor %1. Remove the row; edit the donor in FundDesk to change it.</source>
            <extracomment>%1 is a donor's name or a country code</extracomment>
            <translation>الجهة المانحة %1 موجودة بالفعل في الصندوق. يرجى إزالة الصف؛ ولتغيير بيانات الجهة المانحة، يرجى تعديلها في FundDesk.</translation>
        </message>
        <message>
            <source>A donor of the kind %1 needs no due-diligence clearance. Write not_required, or leave the column empty.</source>
            <extracomment>%1 is a donor_kind value such as member_state</extracomment>
            <translation>لا تحتاج الجهة المانحة من النوع %1 إلى إجازة في إطار العناية الواجبة. يرجى كتابة not_required، أو ترك العمود فارغًا.</translation>
        </message>
        <message>
            <source>A non-governmental donor needs the UN's due-diligence clearance (¶14). Write pending, cleared or declined.</source>
            <extracomment>¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>تحتاج الجهة المانحة غير الحكومية إلى إجازة من الأمم المتحدة في إطار العناية الواجبة (¶14). يرجى كتابة pending أو cleared أو declined.</translation>
        </message>
        <message>
            <source>Write the date of the due-diligence decision as YYYY-MM-DD.</source>
            <translation>يرجى كتابة تاريخ قرار العناية الواجبة بالصيغة YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>The file has a header but no rows. Add the records below the header line.</source>
            <translation>يتضمن الملف صف عناوين ولكن لا يتضمن أي صفوف. يرجى إضافة السجلات تحت سطر العناوين.</translation>
        </message>
        <message numerus="yes">
            <source>The file has %n problem(s), so nothing was imported. Correct them and import the file again.</source>
            <extracomment>%n is the number of problems found in the file</extracomment>
            <translation>
                <numerusform>في الملف %n مشكلة، ولذلك لم يُستورد أي شيء. يرجى تصحيحها واستيراد الملف مرة أخرى.</numerusform>
                <numerusform>في الملف %n مشكلة، ولذلك لم يُستورد أي شيء. يرجى تصحيحها واستيراد الملف مرة أخرى.</numerusform>
                <numerusform>في الملف %n مشكلتان، ولذلك لم يُستورد أي شيء. يرجى تصحيحهما واستيراد الملف مرة أخرى.</numerusform>
                <numerusform>في الملف %n مشكلات، ولذلك لم يُستورد أي شيء. يرجى تصحيحها واستيراد الملف مرة أخرى.</numerusform>
                <numerusform>في الملف %n مشكلةً، ولذلك لم يُستورد أي شيء. يرجى تصحيحها واستيراد الملف مرة أخرى.</numerusform>
                <numerusform>في الملف %n مشكلة، ولذلك لم يُستورد أي شيء. يرجى تصحيحها واستيراد الملف مرة أخرى.</numerusform>
            </translation>
        </message>
        <message>
            <source>The column “%1” is not one FundDesk knows. Rename or remove it; the columns are: %2.</source>
            <extracomment>%1 is a column name found in the file, %2 the list of the expected columns</extracomment>
            <translation>العمود «%1» ليس من الأعمدة التي يعرفها FundDesk. يرجى إعادة تسميته أو إزالته؛ والأعمدة هي: %2.</translation>
        </message>
        <message>
            <source>The column “%1” appears twice. Remove one of them.</source>
            <extracomment>%1 is a column name</extracomment>
            <translation>العمود «%1» يظهر مرتين. يرجى إزالة أحدهما.</translation>
        </message>
        <message>
            <source>The column “%1” is missing. Add it to the header line; the columns are: %2.</source>
            <extracomment>%1 is a column name, %2 the list of the expected columns</extracomment>
            <translation>العمود «%1» مفقود. يرجى إضافته إلى سطر العناوين؛ والأعمدة هي: %2.</translation>
        </message>
        <message>
            <source>Donors</source>
            <translation>الجهات المانحة</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>التبرعات</translation>
        </message>
        <message>
            <source>Sponsorship applications</source>
            <extracomment>sponsorship applications of delegates, as a kind of CSV file</extracomment>
            <translation>طلبات الرعاية</translation>
        </message>
        <message>
            <source>Activity applications</source>
            <extracomment>capacity-building activity applications, as a kind of CSV file</extracomment>
            <translation>طلبات الأنشطة</translation>
        </message>
        <message>
            <source>This row has %1 fields but the header has %2. Check the separators and quotes of the row.</source>
            <translation>يتضمن هذا الصف %1 حقلًا بينما يتضمن صف العناوين %2. يرجى التحقق من الفواصل وعلامات التنصيص في الصف.</translation>
        </message>
        <message>
            <source>The “%1” column is empty. Fill it in.</source>
            <extracomment>%1 is a column name of a CSV file</extracomment>
            <translation>العمود «%1» فارغ. يرجى ملؤه.</translation>
        </message>
        <message>
            <source>The “%1” column is %2 characters long. Shorten it to at most %3.</source>
            <extracomment>%1 is a column name, %2 and %3 counts of characters</extracomment>
            <translation>يتألف العمود «%1» من %2 حرفًا. يرجى اختصاره إلى %3 حرفًا على الأكثر.</translation>
        </message>
        <message>
            <source>“%1” is not a date. Write dates as YYYY-MM-DD, such as 2026-03-31.</source>
            <extracomment>%1 is what the file holds instead of a date</extracomment>
            <translation>«%1» ليس تاريخًا. يرجى كتابة التواريخ بالصيغة YYYY-MM-DD، مثل 2026-03-31.</translation>
        </message>
        <message>
            <source>“%1” is not a value of the “%2” column. Write one of: %3.</source>
            <extracomment>%1 is what the file holds, %2 the column name, %3 the list of allowed words</extracomment>
            <translation>«%1» ليست قيمة من قيم العمود «%2». يرجى كتابة إحدى القيم التالية: %3.</translation>
        </message>
        <message>
            <source>“%1” is not an ISO 4217 currency code. Write a code such as USD, EUR or JPY.</source>
            <extracomment>%1 is what the file holds instead of a currency code</extracomment>
            <translation>«%1» ليس رمز عملة وفق المعيار ISO 4217. يرجى كتابة رمز مثل USD أو EUR أو JPY.</translation>
        </message>
        <message>
            <source>“%1” is not an amount above zero in %2. Write a number with a dot and no thousands separator, such as 250000.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>«%1» ليس مبلغًا أكبر من الصفر بعملة %2. يرجى كتابة عدد باستخدام نقطة ومن دون فاصل للآلاف، مثل 250000.00.</translation>
        </message>
        <message>
            <source>The “%1” column is empty. Write the ISO 3166 alpha-3 code of the State, such as FRA.</source>
            <extracomment>%1 is a column name of a CSV file</extracomment>
            <translation>العمود «%1» فارغ. يرجى كتابة الرمز الثلاثي الأحرف للدولة وفق المعيار ISO 3166 alpha-3، مثل FRA.</translation>
        </message>
        <message>
            <source>“%1” is not the code of a State of the reference list. Write the ISO 3166 alpha-3 code, such as FRA or KEN.</source>
            <extracomment>%1 is what the file holds instead of a country code</extracomment>
            <translation>«%1» ليس رمز دولة في القائمة المرجعية. يرجى كتابة الرمز وفق المعيار ISO 3166 alpha-3، مثل FRA أو KEN.</translation>
        </message>
        <message>
            <source>Application summary</source>
            <translation>ملخص الطلب</translation>
        </message>
        <message>
            <source>Applicant State</source>
            <translation>الدولة مقدمة الطلب</translation>
        </message>
        <message>
            <source>Co-applicants</source>
            <translation>الدول المشاركة في تقديم الطلب</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>البداية</translation>
        </message>
        <message>
            <source>End</source>
            <translation>النهاية</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>column of the key figures table: a remark such as the operational status</extracomment>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Co-funding</source>
            <translation>التمويل المشترك</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>الأهداف</translation>
        </message>
        <message>
            <source>Expected outputs</source>
            <translation>النواتج المتوقعة</translation>
        </message>
        <message>
            <source>Needs assessment (¶25a)</source>
            <translation>تقييم الاحتياجات (¶25a)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 a heading such as "Objectives", %2 the applicant's text</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Focus areas and partners</source>
            <translation>مجالات التركيز والشركاء</translation>
        </message>
        <message>
            <source>¶26</source>
            <translation>¶26</translation>
        </message>
        <message>
            <source>Focus area</source>
            <extracomment>column: a ¶26 focus area, such as "(c) incident response"</extracomment>
            <translation>مجال التركيز</translation>
        </message>
        <message>
            <source>No implementing partner is named (¶24).</source>
            <translation>لم يُذكر اسم أي شريك منفذ (¶24).</translation>
        </message>
        <message>
            <source>Implementing partner</source>
            <translation>الشريك المنفذ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Review scores (¶25)</source>
            <translation>درجات المراجعة (¶25)</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>المرجحة</translation>
        </message>
        <message>
            <source>Declaration</source>
            <translation>الإعلان</translation>
        </message>
        <message>
            <source>Recused: conflict of interest (%1)</source>
            <translation>متنحٍّ: تضارب المصالح (%1)</translation>
        </message>
        <message>
            <source>No conflict</source>
            <translation>لا يوجد تضارب</translation>
        </message>
        <message>
            <source>Not scored yet</source>
            <translation>لم تُسند درجات بعد</translation>
        </message>
        <message>
            <source>Aggregate score (0–5)</source>
            <translation>الدرجة الإجمالية (0–5)</translation>
        </message>
        <message>
            <source>Reviewers who scored</source>
            <translation>المراجِعون الذين أسندوا درجات</translation>
        </message>
        <message>
            <source>Reviewers recused</source>
            <translation>المراجِعون المتنحّون</translation>
        </message>
        <message>
            <source>Budget by year</source>
            <translation>الميزانية حسب السنة</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <source>Amount requested</source>
            <translation>المبلغ المطلوب</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>Governance consultation (¶18)</source>
            <translation>مشاورة هيكل الحوكمة (¶18)</translation>
        </message>
        <message>
            <source>The governance structure has not been consulted on this application yet.</source>
            <translation>لم يُستشر هيكل الحوكمة بشأن هذا الطلب بعد.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>الرأي</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building</source>
            <translation>صندوق الأمم المتحدة للتبرعات لبناء القدرات في مجال أمن تكنولوجيات المعلومات والاتصالات</translation>
        </message>
        <message>
            <source>Annual report to donors, %1 (¶27)</source>
            <extracomment>%1 a year</extracomment>
            <translation>التقرير السنوي المقدم إلى الجهات المانحة، %1 (¶27)</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <extracomment>page footer, %1 this page, %2 the number of pages</extracomment>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message>
            <source>Made %1 UTC · record SHA-256 %2</source>
            <extracomment>document footer: %1 date and time made (UTC), %2 the SHA-256 of the record shown</extracomment>
            <translation>أُعدّ في %1 بتوقيت UTC · قيمة SHA-256 للسجل: %2</translation>
        </message>
        <message>
            <source>Contributions received</source>
            <translation>التبرعات المقبوضة</translation>
        </message>
        <message>
            <source>Contributions received in the year, by donor. Donors who asked for anonymity are shown as such; those who asked not to be published are counted only in one aggregate line (¶17).</source>
            <translation>التبرعات المقبوضة خلال السنة، حسب الجهة المانحة. وتظهر الجهات المانحة التي طلبت عدم الكشف عن هويتها بهذه الصفة؛ أما الجهات التي طلبت عدم النشر فلا تُحتسب إلا في سطر إجمالي واحد (¶17).</translation>
        </message>
        <message>
            <source>Contributions by donor (USD)</source>
            <translation>التبرعات حسب الجهة المانحة (USD)</translation>
        </message>
        <message>
            <source>Sponsorship of representatives and experts</source>
            <translation>رعاية الممثلين والخبراء</translation>
        </message>
        <message>
            <source>Delegates sponsored</source>
            <translation>المندوبون المشمولون بالرعاية</translation>
        </message>
        <message>
            <source>Of whom women</source>
            <translation>منهم نساء</translation>
        </message>
        <message>
            <source>Share of women</source>
            <translation>نسبة النساء</translation>
        </message>
        <message>
            <source>Delegates</source>
            <translation>المندوبون</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>النسبة</translation>
        </message>
        <message>
            <source>Priority group (¶22)</source>
            <translation>الفئة ذات الأولوية (¶22)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>النشاط</translation>
        </message>
        <message>
            <source>Approved (USD)</source>
            <translation>المبلغ الموافق عليه (USD)</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>النتائج</translation>
        </message>
        <message>
            <source>Capacity-building activities funded and their results</source>
            <translation>أنشطة بناء القدرات الممولة ونتائجها</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>السطر</translation>
        </message>
        <message>
            <source>USD</source>
            <translation>USD</translation>
        </message>
        <message>
            <source>Opening balance, 1 January</source>
            <translation>الرصيد الافتتاحي، 1 كانون الثاني/يناير</translation>
        </message>
        <message>
            <source>Other income</source>
            <extracomment>income other than contributions, such as interest; none is recorded</extracomment>
            <translation>الإيرادات الأخرى</translation>
        </message>
        <message>
            <source>Disbursed for sponsorships of delegates</source>
            <translation>المصروف لرعاية المندوبين</translation>
        </message>
        <message>
            <source>Disbursed for capacity-building activities</source>
            <translation>المصروف لأنشطة بناء القدرات</translation>
        </message>
        <message>
            <source>Staff costs charged to contributions (¶15)</source>
            <translation>تكاليف الموظفين المحمَّلة على التبرعات (¶15)</translation>
        </message>
        <message>
            <source>Closing balance, 31 December</source>
            <translation>الرصيد الختامي، 31 كانون الأول/ديسمبر</translation>
        </message>
        <message>
            <source>Disbursed (USD)</source>
            <translation>المصروف (USD)</translation>
        </message>
        <message>
            <source>Disbursements by region (USD)</source>
            <translation>المدفوعات حسب المنطقة (USD)</translation>
        </message>
        <message>
            <source>Source and use of funds</source>
            <translation>مصادر الأموال واستخداماتها</translation>
        </message>
        <message>
            <source>In aggregate, in USD. The fund's two posts are charged to voluntary contributions (¶15).</source>
            <translation>بالأرقام الإجمالية، بدولارات الولايات المتحدة (USD). وتُحمَّل تكاليف وظيفتي الصندوق على التبرعات (¶15).</translation>
        </message>
        <message>
            <source>In aggregate, in USD. The fund's two posts are paid from the regular budget, so contributions went only to sponsorships and activities (¶15).</source>
            <translation>بالأرقام الإجمالية، بدولارات الولايات المتحدة (USD). وتُدفع تكاليف وظيفتي الصندوق من الميزانية العادية، ولذلك لم تُخصَّص التبرعات إلا للرعايات والأنشطة (¶15).</translation>
        </message>
        <message>
            <source>Applications by status, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>الطلبات حسب الحالة، %1</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Sponsorships</source>
            <translation>الرعايات</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>الأنشطة</translation>
        </message>
        <message>
            <source>No activity or sponsorship has the reference “%1”. Give an activity's reference such as CB-2026-014, or SP- and a sponsorship's number such as SP-12.</source>
            <translation>لا يوجد نشاط أو رعاية بالمرجع «%1». يرجى تحديد مرجع نشاط مثل CB-2026-014، أو SP- متبوعًا برقم الرعاية مثل SP-12.</translation>
        </message>
        <message>
            <source>Approval packet: activity %1</source>
            <extracomment>%1 an activity's reference</extracomment>
            <translation>حزمة الموافقة: النشاط %1</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>Approval packet: sponsorship %1</source>
            <extracomment>%1 a sponsorship's reference such as SP-12</extracomment>
            <translation>حزمة الموافقة: الرعاية %1</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>مقدم الطلب</translation>
        </message>
        <message>
            <source>State</source>
            <translation>الدولة</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>نوع الجنس</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>التكلفة</translation>
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <extracomment>%1 sponsorship reference, %2 delegate's name, %3 State</extracomment>
            <translation>%1 — %2، %3</translation>
        </message>
        <message>
            <source>The slate</source>
            <translation>القائمة المختارة</translation>
        </message>
        <message numerus="yes">
            <source>%n delegate(s) recommended or approved for this meeting.</source>
            <translation>
                <numerusform>%n مندوب موصى به أو موافق عليه لهذا الاجتماع.</numerusform>
                <numerusform>%n مندوب موصى به أو موافق عليه لهذا الاجتماع.</numerusform>
                <numerusform>%n مندوبان موصى بهما أو موافق عليهما لهذا الاجتماع.</numerusform>
                <numerusform>%n مندوبين موصى بهم أو موافق عليهم لهذا الاجتماع.</numerusform>
                <numerusform>%n مندوبًا موصى بهم أو موافقًا عليهم لهذا الاجتماع.</numerusform>
                <numerusform>%n مندوب موصى بهم أو موافق عليهم لهذا الاجتماع.</numerusform>
            </translation>
        </message>
        <message>
            <source>Approval packet: slate for %1</source>
            <extracomment>%1 a meeting's reference</extracomment>
            <translation>حزمة الموافقة: القائمة المختارة للاجتماع %1</translation>
        </message>
        <message>
            <source>Meeting</source>
            <extracomment>%1 meeting reference, %2 its name, %3 its city</extracomment>
            <translation>الاجتماع</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>اليوم الأول</translation>
        </message>
        <message>
            <source>Contributions by kind of donor, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>التبرعات حسب نوع الجهة المانحة، %1</translation>
        </message>
        <message>
            <source>Kind of donor</source>
            <translation>نوع الجهة المانحة</translation>
        </message>
        <message>
            <source>Received (USD)</source>
            <translation>المقبوض (USD)</translation>
        </message>
        <message>
            <source>Pledged (USD)</source>
            <translation>المتعهد به (USD)</translation>
        </message>
        <message>
            <source>Contributions by donor, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>التبرعات حسب الجهة المانحة، %1</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>الجهة المانحة</translation>
        </message>
        <message>
            <source>Key figures of the year (¶16)</source>
            <translation>الأرقام الرئيسية للسنة (¶16)</translation>
        </message>
        <message>
            <source>Fund size month by month against USD 2M / 5M and the threshold</source>
            <translation>حجم الصندوق شهرًا بشهر مقارنةً بمبلغي USD 2 مليون و5 ملايين والحد الأدنى لبدء التشغيل</translation>
        </message>
        <message>
            <source>Fund size year by year against USD 2M / 5M and the threshold</source>
            <translation>حجم الصندوق سنةً بسنة مقارنةً بمبلغي USD 2 مليون و5 ملايين والحد الأدنى لبدء التشغيل</translation>
        </message>
        <message>
            <source>Seats, activities and months the money buys, beside ¶20</source>
            <translation>المقاعد والأنشطة والأشهر التي تغطيها الأموال، مقارنةً بما ورد في ¶20</translation>
        </message>
        <message>
            <source>Disbursements and commitments by M49 region</source>
            <translation>المدفوعات والالتزامات حسب منطقة M49</translation>
        </message>
        <message>
            <source>Disbursements and commitments by UN regional group</source>
            <translation>المدفوعات والالتزامات حسب المجموعة الإقليمية للأمم المتحدة</translation>
        </message>
        <message>
            <source>Receipts and pledges by kind of donor</source>
            <translation>المبالغ المقبوضة والتعهدات حسب نوع الجهة المانحة</translation>
        </message>
        <message>
            <source>Receipts and pledges by donor</source>
            <translation>المبالغ المقبوضة والتعهدات حسب الجهة المانحة</translation>
        </message>
        <message>
            <source>Share of women among sponsored delegates, per meeting</source>
            <translation>نسبة النساء بين المندوبين المشمولين بالرعاية، حسب الاجتماع</translation>
        </message>
        <message>
            <source>Sponsorship and activity applications by status</source>
            <translation>طلبات الرعاية والأنشطة حسب الحالة</translation>
        </message>
        <message>
            <source>Activity funding by ¶26 focus area</source>
            <translation>تمويل الأنشطة حسب مجال التركيز الوارد في ¶26</translation>
        </message>
        <message>
            <source>Sponsored delegates from LDC, LLDC and SIDS</source>
            <translation>المندوبون المشمولون بالرعاية من أقل البلدان نموا والبلدان النامية غير الساحلية والدول الجزرية الصغيرة النامية</translation>
        </message>
        <message>
            <source>Activity funding by focus area, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>تمويل الأنشطة حسب مجال التركيز، %1</translation>
        </message>
        <message>
            <source>Funding (USD)</source>
            <translation>التمويل (USD)</translation>
        </message>
        <message>
            <source>Fund size through %1 against the ¶20 scenarios</source>
            <extracomment>%1 is a year</extracomment>
            <translation>حجم الصندوق حتى %1 مقارنةً بسيناريوهات ¶20</translation>
        </message>
        <message>
            <source>Month</source>
            <extracomment>column of the fund size table: the month, as YYYY-MM</extracomment>
            <translation>الشهر</translation>
        </message>
        <message>
            <source>Fund size by year, %1–%2, against the ¶20 scenarios</source>
            <extracomment>%1 and %2 are years</extracomment>
            <translation>حجم الصندوق حسب السنة، %1–%2، مقارنةً بسيناريوهات ¶20</translation>
        </message>
        <message>
            <source>Received + outstanding pledges (USD)</source>
            <extracomment>receipts plus pledges not yet paid, in US dollars</extracomment>
            <translation>المقبوض + التعهدات غير المسددة (USD)</translation>
        </message>
        <message>
            <source>Small scale, USD 2M</source>
            <extracomment>¶20 reference line: USD 2 million a year</extracomment>
            <translation>النطاق الصغير، USD 2 مليون</translation>
        </message>
        <message>
            <source>Medium scale, USD 5M</source>
            <extracomment>¶20 reference line: USD 5 million a year</extracomment>
            <translation>النطاق المتوسط، USD 5 ملايين</translation>
        </message>
        <message>
            <source>Operational threshold (USD)</source>
            <translation>الحد الأدنى لبدء التشغيل (USD)</translation>
        </message>
        <message>
            <source>Key figures, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>الأرقام الرئيسية، %1</translation>
        </message>
        <message>
            <source>Figure</source>
            <extracomment>column of the key figures table: the name of a figure</extracomment>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Amount (USD)</source>
            <translation>المبلغ (USD)</translation>
        </message>
        <message>
            <source>Received in %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>المقبوض في %1</translation>
        </message>
        <message>
            <source>Received, all years</source>
            <translation>المقبوض، جميع السنوات</translation>
        </message>
        <message>
            <source>Pledged, outstanding</source>
            <translation>المتعهد به، غير المسدد</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>الملتزم به</translation>
        </message>
        <message>
            <source>Disbursed</source>
            <translation>المصروف</translation>
        </message>
        <message>
            <source>Staff costs charged to contributions</source>
            <translation>تكاليف الموظفين المحمَّلة على التبرعات</translation>
        </message>
        <message>
            <source>Available for programmes</source>
            <translation>المتاح للبرامج</translation>
        </message>
        <message>
            <source>Operational threshold</source>
            <translation>الحد الأدنى لبدء التشغيل</translation>
        </message>
        <message>
            <source>Missing to the threshold</source>
            <translation>المبلغ الناقص لبلوغ الحد الأدنى</translation>
        </message>
        <message>
            <source>No threshold set</source>
            <translation>لم يُحدَّد حد أدنى</translation>
        </message>
        <message>
            <source>Operational</source>
            <extracomment>the fund's status under ¶16</extracomment>
            <translation>قيد التشغيل</translation>
        </message>
        <message>
            <source>Not yet operational</source>
            <translation>ليس قيد التشغيل بعد</translation>
        </message>
        <message>
            <source>Operational status</source>
            <extracomment>key figure: whether the fund is operational (¶16)</extracomment>
            <translation>حالة التشغيل</translation>
        </message>
        <message>
            <source>Not known</source>
            <extracomment>a ¶21 criterion not assessed yet</extracomment>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>Met</source>
            <extracomment>a ¶21 criterion is met / not met</extracomment>
            <translation>مستوفى</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>غير مستوفى</translation>
        </message>
        <message>
            <source>Available balance</source>
            <translation>الرصيد المتاح</translation>
        </message>
        <message>
            <source>Available before this item</source>
            <translation>المتاح قبل هذا البند</translation>
        </message>
        <message>
            <source>Amount committed</source>
            <translation>المبلغ الملتزم به</translation>
        </message>
        <message>
            <source>Amount to commit</source>
            <translation>المبلغ المراد الالتزام به</translation>
        </message>
        <message>
            <source>Available after this item</source>
            <translation>المتاح بعد هذا البند</translation>
        </message>
        <message>
            <source>The fund's available balance does not cover this item.</source>
            <translation>لا يغطي الرصيد المتاح للصندوق هذا البند.</translation>
        </message>
        <message>
            <source>Fund manager's recommendation</source>
            <translation>توصية مدير الصندوق</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>By</source>
            <translation>بواسطة</translation>
        </message>
        <message>
            <source>Justification: %1</source>
            <translation>المبررات: %1</translation>
        </message>
        <message>
            <source>The fund manager has not made a recommendation yet.</source>
            <translation>لم يقدم مدير الصندوق توصية بعد.</translation>
        </message>
        <message>
            <source>Workflow history</source>
            <translation>سجل سير العمل</translation>
        </message>
        <message>
            <source>No status change is recorded.</source>
            <translation>لم يُسجَّل أي تغيير في الحالة.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Decision of the High Representative for Disarmament Affairs</source>
            <translation>قرار الممثل السامي لشؤون نزع السلاح</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Decision</source>
            <extracomment>two boxes to tick on the printed packet</extracomment>
            <translation>القرار</translation>
        </message>
        <message>
            <source>☐ Approve      ☐ Reject</source>
            <translation>☐ موافقة      ☐ رفض</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>التوقيع</translation>
        </message>
        <message>
            <source>Internal — contains personal data</source>
            <extracomment>on every page of an approval packet (¶11)</extracomment>
            <translation>داخلي — يحتوي على بيانات شخصية</translation>
        </message>
        <message>
            <source>Sponsored delegates from LDC, LLDC and SIDS, %1</source>
            <extracomment>%1 is a year; LDC, LLDC and SIDS are the ¶22 priority groups</extracomment>
            <translation>المندوبون المشمولون بالرعاية من أقل البلدان نموا والبلدان النامية غير الساحلية والدول الجزرية الصغيرة النامية، %1</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>Any of the three</source>
            <extracomment>row: delegates from a State in at least one of LDC, LLDC, SIDS</extracomment>
            <translation>أي من الفئات الثلاث</translation>
        </message>
        <message>
            <source>All sponsored delegates</source>
            <translation>جميع المندوبين المشمولين بالرعاية</translation>
        </message>
        <message>
            <source>The donor asked not to be published (¶17): counted only in the aggregate line.</source>
            <translation>طلبت الجهة المانحة عدم النشر (¶17): لا تُحتسب إلا في السطر الإجمالي.</translation>
        </message>
        <message>
            <source>Anonymous donor</source>
            <extracomment>how a donor who asked for anonymity appears in public outputs</extracomment>
            <translation>مانح مجهول الهوية</translation>
        </message>
        <message>
            <source>The donor asked for anonymity (¶17): the amount is shown, the name is not.</source>
            <translation>طلبت الجهة المانحة عدم الكشف عن هويتها (¶17): يُعرض المبلغ دون الاسم.</translation>
        </message>
        <message>
            <source>Other donors, not published at their request</source>
            <extracomment>one line adding up the contributions whose donors asked not to be published</extracomment>
            <translation>جهات مانحة أخرى، لم تُنشر أسماؤها بناءً على طلبها</translation>
        </message>
        <message>
            <source>Case</source>
            <extracomment>column: this fund, or one of the ¶20 scenarios</extracomment>
            <translation>موضوع المقارنة</translation>
        </message>
        <message>
            <source>Funds (USD)</source>
            <extracomment>column: the available balance for the fund, the annual funding for a scenario</extracomment>
            <translation>الأموال (USD)</translation>
        </message>
        <message>
            <source>Cost per delegate (USD)</source>
            <translation>التكلفة لكل مندوب (USD)</translation>
        </message>
        <message>
            <source>Delegate seats</source>
            <extracomment>column: delegate seats a year (delegates × sessions)</extracomment>
            <translation>مقاعد المندوبين</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>الدورات</translation>
        </message>
        <message>
            <source>Average activity cost (USD)</source>
            <translation>متوسط تكلفة النشاط (USD)</translation>
        </message>
        <message>
            <source>Spending a month (USD)</source>
            <translation>الإنفاق الشهري (USD)</translation>
        </message>
        <message>
            <source>Months covered</source>
            <translation>الأشهر المغطاة</translation>
        </message>
        <message>
            <source>¶20 says</source>
            <extracomment>column: what ¶20 of the report says for this scale</extracomment>
            <translation>ما تنص عليه ¶20</translation>
        </message>
        <message>
            <source>This fund, available at the end of %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>هذا الصندوق، المتاح في نهاية %1</translation>
        </message>
        <message>
            <source>What the money buys, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>ما تغطيه الأموال، %1</translation>
        </message>
        <message>
            <source>USD 2 million: 10 delegates twice a year; 1–3 activities</source>
            <translation>USD 2 مليون: 10 مندوبين مرتين في السنة؛ من 1 إلى 3 أنشطة</translation>
        </message>
        <message>
            <source>USD 5 million: 20 delegates twice a year; up to 10 activities, multi-year commitments possible</source>
            <translation>USD 5 ملايين: 20 مندوبًا مرتين في السنة؛ ما يصل إلى 10 أنشطة، مع إمكانية الالتزامات المتعددة السنوات</translation>
        </message>
        <message>
            <source>Scenarios compared</source>
            <translation>مقارنة السيناريوهات</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>السيناريو</translation>
        </message>
        <message>
            <source>Annual funding (USD)</source>
            <translation>التمويل السنوي (USD)</translation>
        </message>
        <message>
            <source>Staff costs (USD)</source>
            <extracomment>column: staff costs charged to contributions in a scenario</extracomment>
            <translation>تكاليف الموظفين (USD)</translation>
        </message>
        <message>
            <source>Sessions a year</source>
            <translation>عدد الدورات في السنة</translation>
        </message>
        <message>
            <source>Unallocated (USD)</source>
            <translation>غير المخصص (USD)</translation>
        </message>
        <message>
            <source>Spending by region, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>الإنفاق حسب المنطقة، %1</translation>
        </message>
        <message>
            <source>Spending by UN regional group, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>الإنفاق حسب المجموعة الإقليمية للأمم المتحدة، %1</translation>
        </message>
        <message>
            <source>Committed (USD)</source>
            <translation>الملتزم به (USD)</translation>
        </message>
        <message>
            <source>Spending in %1, %2</source>
            <extracomment>%1 is a region or regional group, %2 a year</extracomment>
            <translation>الإنفاق في %1، %2</translation>
        </message>
        <message>
            <source>Record</source>
            <extracomment>column: disbursement or commitment</extracomment>
            <translation>السجل</translation>
        </message>
        <message>
            <source>For</source>
            <extracomment>column: sponsorship or activity</extracomment>
            <translation>لصالح</translation>
        </message>
        <message>
            <source>Disbursement</source>
            <translation>دفعة</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>التزام</translation>
        </message>
        <message>
            <source>Sponsorship</source>
            <translation>رعاية</translation>
        </message>
        <message>
            <source>Governance consultation</source>
            <translation>مشاورة هيكل الحوكمة</translation>
        </message>
        <message>
            <source>Sponsorships are selected by the fund manager against the criteria announced with the call (¶18, ¶22); no consultation of the governance structure is recorded for them.</source>
            <translation>يختار مدير الصندوق الرعايات وفق المعايير المعلنة مع الدعوة (¶18، ¶22)؛ ولا تُسجَّل لها أي مشاورة لهيكل الحوكمة.</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>لم يُقدَّم</translation>
        </message>
        <message>
            <source>Ministry or agency</source>
            <translation>الوزارة أو الهيئة</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>اليوم الأخير</translation>
        </message>
        <message>
            <source>Reviewer's score (0–100)</source>
            <translation>درجة المراجِع (0–100)</translation>
        </message>
        <message>
            <source>Eligibility checklist (¶21)</source>
            <translation>قائمة التحقق من الأهلية (¶21)</translation>
        </message>
        <message>
            <source>¶</source>
            <translation>¶</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>الشرط</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Capital-based official</source>
            <translation>موظف حكومي يعمل في العاصمة</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>Nominating letter received</source>
            <translation>وردت رسالة الترشيح</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>Estimated from the meeting's norms</source>
            <extracomment>airfare, subsistence allowance and terminal expenses</extracomment>
            <translation>مقدَّرة وفق المعايير المحددة للاجتماع</translation>
        </message>
        <message>
            <source>Fund manager's figure: %1</source>
            <translation>الرقم الذي حدده مدير الصندوق: %1</translation>
        </message>
        <message>
            <source>Cost counted</source>
            <translation>التكلفة المحتسبة</translation>
        </message>
        <message>
            <source>Share of women among sponsored delegates, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>نسبة النساء بين المندوبين المشمولين بالرعاية، %1</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>الرجال</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>gender: other or not stated</extracomment>
            <translation>غير ذلك</translation>
        </message>
        <message>
            <source>Women (%)</source>
            <translation>النساء (%)</translation>
        </message>
        <message>
            <source>Fund “%1”: %2 donors, %3 contributions, %4 activity applications with %5 reviews, %6 consultations, %7 meetings with %8 sponsorship applications, %9 reference States; %10 profiles, %11 status changes, %12 commitments, %13 disbursements, the year %14 closed.</source>
            <translation>الصندوق «%1»: الجهات المانحة: %2، التبرعات: %3، طلبات الأنشطة: %4 مع %5 مراجعة، المشاورات: %6، الاجتماعات: %7 مع %8 طلب رعاية، الدول المرجعية: %9؛ ملفات التعريف: %10، تغييرات الحالة: %11، الالتزامات: %12، المدفوعات: %13، والسنة %14 مقفلة.</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building (scale %1 demo)</source>
            <extracomment>%1 is a number: how many times the medium scale of the report (¶20) the demo is</extracomment>
            <translation>صندوق الأمم المتحدة للتبرعات لبناء القدرات في مجال أمن تكنولوجيات المعلومات والاتصالات (صندوق تجريبي بالنطاق %1)</translation>
        </message>
        <message>
            <source>The fund has no reference States; open it with FundDesk first.</source>
            <translation>لا توجد دول مرجعية في الصندوق؛ يرجى فتحه باستخدام FundDesk أولًا.</translation>
        </message>
        <message>
            <source>Scale %1 fund over %2 years: %3 donors, %4 contributions, %5 meetings, %6 sponsorship and %7 activity applications, %8 status changes, %9 commitments (%10 approvals refused for lack of funds), %11 disbursements, %12 audit entries; written in %13 ms, of which sealing the audit trail %14 ms.</source>
            <extracomment>%1 is the scale, %2 a number of years; the other numbers count records</extracomment>
            <translation>صندوق بالنطاق %1 على مدى %2 سنة: الجهات المانحة: %3، التبرعات: %4، الاجتماعات: %5، طلبات الرعاية: %6 وطلبات الأنشطة: %7، تغييرات الحالة: %8، الالتزامات: %9 (%10 موافقة رُفضت لعدم كفاية الأموال)، المدفوعات: %11، قيود التدقيق: %12؛ كُتب في %13 مللي ثانية، منها %14 مللي ثانية لختم سجل التدقيق.</translation>
        </message>
        <message>
            <source>The scale must be a whole number from 1 to 1000.</source>
            <translation>يجب أن يكون النطاق عددًا صحيحًا من 1 إلى 1000.</translation>
        </message>
        <message>
            <source>A scale fund is generated into a new, empty fund only.</source>
            <translation>لا يُنشأ صندوق بنطاق معين إلا في صندوق جديد فارغ.</translation>
        </message>
        <message>
            <source>Small scale (¶20)</source>
            <extracomment>name of the ¶20 small-scale scenario (USD 2 million a year)</extracomment>
            <translation>النطاق الصغير (¶20)</translation>
        </message>
        <message>
            <source>Medium scale (¶20)</source>
            <extracomment>name of the ¶20 medium-scale scenario (USD 5 million a year)</extracomment>
            <translation>النطاق المتوسط (¶20)</translation>
        </message>
        <message>
            <source>Give the scenario a name, so you can find it again.</source>
            <translation>يرجى إعطاء السيناريو اسمًا، حتى تتمكنوا من العثور عليه مرة أخرى.</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: fails %1.</source>
            <extracomment>A note in an application's history; %1 lists the failed ¶21 criteria, separated by semicolons</extracomment>
            <translation>أُعيد الفرز وفق الفقرة ¶21: لا يستوفي %1.</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: not every criterion is assessed yet.</source>
            <extracomment>A note in an application's history</extracomment>
            <translation>أُعيد الفرز وفق الفقرة ¶21: لم يُقيَّم كل معيار بعد.</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: meets every criterion.</source>
            <extracomment>A note in an application's history</extracomment>
            <translation>أُعيد الفرز وفق الفقرة ¶21: يستوفي كل المعايير.</translation>
        </message>
        <message>
            <source>Choose your profile before changing the ¶21 criteria: the new screening moves the application from “%1” to “%2”, and its history records who made the change.</source>
            <extracomment>%1 and %2 are statuses of an application</extracomment>
            <translation>اختر ملف تعريفك قبل تغيير معايير الفقرة ¶21: الفرز الجديد ينقل الطلب من ”%1“ إلى ”%2“، ويسجل تاريخه من أجرى التغيير.</translation>
        </message>
        <message>
            <source>Checking the audit trail was cancelled.</source>
            <translation>أُلغي التحقق من سجل التدقيق.</translation>
        </message>
        <message>
            <source>Opening the fund was cancelled; the file was not changed.</source>
            <translation>أُلغي فتح الصندوق؛ ولم يُغيَّر الملف.</translation>
        </message>
        <message>
            <source>“%1” is not the code of a State of the reference list. Write ISO 3166 alpha-3 codes separated by spaces, such as KEN UGA.</source>
            <extracomment>%1 is what the file holds instead of a country code</extracomment>
            <translation>«%1» ليس رمز دولة في القائمة المرجعية. يرجى كتابة الرموز وفق المعيار ISO 3166 alpha-3 مفصولة بمسافات، مثل KEN UGA.</translation>
        </message>
        <message>
            <source>“%1” is not a partner. Write each as kind:name, separated by semicolons, such as “academic:University of Nairobi”; the kinds are: %2.</source>
            <extracomment>%1 is what the file holds, %2 the list of partner kinds</extracomment>
            <translation>«%1» ليس شريكًا. يرجى كتابة كل شريك بالصيغة kind:name (النوع:الاسم)، مع الفصل بين الشركاء بفواصل منقوطة (;)، مثل «academic:University of Nairobi»؛ والأنواع هي: %2.</translation>
        </message>
        <message>
            <source>The “requested” column is empty. Write the amount of each year as year:amount, such as 2026:50000.00 2027:25000.00.</source>
            <translation>العمود «requested» فارغ. يرجى كتابة مبلغ كل سنة بالصيغة year:amount (السنة:المبلغ)، مثل 2026:50000.00 2027:25000.00.</translation>
        </message>
        <message>
            <source>“%1” is not a year and an amount in %2. Write each year as year:amount with a dot and no thousands separator, such as 2026:50000.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>«%1» ليس سنة ومبلغًا بعملة %2. يرجى كتابة كل سنة بالصيغة year:amount (السنة:المبلغ) باستخدام نقطة ومن دون فاصل للآلاف، مثل 2026:50000.00.</translation>
        </message>
        <message>
            <source>“%1” is not a focus area of ¶26. Write keys separated by spaces, from: %2.</source>
            <extracomment>%1 is what the file holds, %2 the list of focus-area keys; ¶26 is a paragraph of the report that set up the fund</extracomment>
            <translation>«%1» ليس مجال تركيز من المجالات الواردة في ¶26. يرجى كتابة مفاتيح مفصولة بمسافات، من بين: %2.</translation>
        </message>
        <message>
            <source>The fund already has an activity application with the reference “%1”. Remove the row if it was imported before, or correct the reference.</source>
            <extracomment>%1 is an activity's reference such as CB-2026-014</extracomment>
            <translation>لدى الصندوق بالفعل طلب نشاط بالمرجع «%1». يرجى إزالة الصف إذا كان قد استُورد من قبل، أو تصحيح المرجع.</translation>
        </message>
        <message>
            <source>This row repeats line %1: same applicant, title and start. Remove the repeated row.</source>
            <extracomment>%1 is a line number</extracomment>
            <translation>هذا الصف يكرر السطر %1: الدولة مقدمة الطلب والعنوان وتاريخ البدء نفسها. يرجى إزالة الصف المكرر.</translation>
        </message>
        <message>
            <source>The fund already has an application of this State with the same title and start. Remove the row if it was imported before.</source>
            <translation>لدى الصندوق بالفعل طلب من هذه الدولة بالعنوان وتاريخ البدء نفسيهما. يرجى إزالة الصف إذا كان قد استُورد من قبل.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of a CSV file, %2 why its record was refused</extracomment>
            <translation>السطر %1: %2</translation>
        </message>
        <message>
            <source>“%1” is not an amount of zero or more in %2. Write a number with a dot and no thousands separator, such as 1850.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>«%1» ليس مبلغًا يساوي الصفر أو أكثر بعملة %2. يرجى كتابة عدد باستخدام نقطة ومن دون فاصل للآلاف، مثل 1850.00.</translation>
        </message>
        <message>
            <source>The fund has no meeting with the reference “%1”. Correct the reference, or add the meeting first.</source>
            <extracomment>%1 is a meeting reference such as PM-2026-1</extracomment>
            <translation>لا يوجد لدى الصندوق اجتماع بالمرجع «%1». يرجى تصحيح المرجع، أو إضافة الاجتماع أولًا.</translation>
        </message>
        <message>
            <source>There is a reason but no cost_override. Write the cost in USD, or leave both columns empty to use the meeting's norms.</source>
            <translation>يوجد سبب ولكن لا توجد قيمة في cost_override. يرجى كتابة التكلفة بعملة USD، أو ترك العمودين فارغين لاستخدام المعايير المحددة للاجتماع.</translation>
        </message>
        <message>
            <source>Say in override_reason why the cost differs from the meeting's norms, such as “airfare only”.</source>
            <translation>يرجى بيان سبب اختلاف التكلفة عن المعايير المحددة للاجتماع في override_reason، مثل «أجرة السفر جوًا فقط».</translation>
        </message>
        <message>
            <source>This row repeats line %1: %2 applies twice for the same meeting and State. Remove one of the rows.</source>
            <extracomment>%1 is a line number, %2 a person's name</extracomment>
            <translation>هذا الصف يكرر السطر %1: قدّم %2 طلبين للاجتماع نفسه والدولة نفسها. يرجى إزالة أحد الصفين.</translation>
        </message>
        <message>
            <source>The fund already has an application of %1 for this meeting and State. Remove the row if it was imported before.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>لدى الصندوق بالفعل طلب مقدم من %1 لهذا الاجتماع وهذه الدولة. يرجى إزالة الصف إذا كان قد استُورد من قبل.</translation>
        </message>
        <message>
            <source>All other donors</source>
            <extracomment>the last bar of a chart that shows only the largest donors</extracomment>
            <translation>جميع الجهات المانحة الأخرى</translation>
        </message>
        <message numerus="yes">
            <source>%n other donor(s)</source>
            <extracomment>the line of a chart that adds up the donors too small to get a bar of their own</extracomment>
            <translation>
                <numerusform>%n جهة مانحة أخرى</numerusform>
                <numerusform>%n جهة مانحة أخرى</numerusform>
                <numerusform>%n جهتان مانحتان أخريان</numerusform>
                <numerusform>%n جهات مانحة أخرى</numerusform>
                <numerusform>%n جهةً مانحةً أخرى</numerusform>
                <numerusform>%n جهة مانحة أخرى</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This text is %1 characters long. Shorten it to at most %n characters.</source>
            <extracomment>%1 is the length of the text entered, such as 100000; %n the longest allowed</extracomment>
            <translation>
                <numerusform>يتألف هذا النص من %1 حرفًا. يرجى اختصاره إلى %n حرف على الأكثر.</numerusform>
                <numerusform>يتألف هذا النص من %1 حرفًا. يرجى اختصاره إلى %n حرف على الأكثر.</numerusform>
                <numerusform>يتألف هذا النص من %1 حرفًا. يرجى اختصاره إلى %n حرفين على الأكثر.</numerusform>
                <numerusform>يتألف هذا النص من %1 حرفًا. يرجى اختصاره إلى %n أحرف على الأكثر.</numerusform>
                <numerusform>يتألف هذا النص من %1 حرفًا. يرجى اختصاره إلى %n حرفًا على الأكثر.</numerusform>
                <numerusform>يتألف هذا النص من %1 حرفًا. يرجى اختصاره إلى %n حرف على الأكثر.</numerusform>
            </translation>
        </message>
        <message>
            <source>The date %1 is after 31 December 2099. Check the year.</source>
            <extracomment>%1 is a date such as 2100-01-01</extracomment>
            <translation>التاريخ %1 يقع بعد 31 كانون الأول/ديسمبر 2099. يرجى التحقق من السنة.</translation>
        </message>
        <message>
            <source>%1 USD is beyond what a single entry of the fund can hold (at most %2 USD). Check the amount.</source>
            <extracomment>%1 is the amount entered in US dollars; %2 the largest allowed, such as 10000000000.00</extracomment>
            <translation>المبلغ %1 USD يتجاوز ما يمكن أن يتضمنه قيد واحد في الصندوق (%2 USD على الأكثر). يرجى التحقق من المبلغ.</translation>
        </message>
        <message>
            <source>The year %1 is outside the years the fund keeps (%2 to %3).</source>
            <extracomment>%1 is the year entered; %2 and %3 the first and last years the fund keeps</extracomment>
            <translation>السنة %1 تقع خارج السنوات التي يحتفظ بها الصندوق (من %2 إلى %3).</translation>
        </message>
        <message numerus="yes">
            <source>%n other donors</source>
            <extracomment>one line adding up the smaller donors of a long list; %n donors</extracomment>
            <translation>
                <numerusform>%n جهة مانحة أخرى</numerusform>
                <numerusform>%n جهة مانحة أخرى</numerusform>
                <numerusform>%n جهتان مانحتان أخريان</numerusform>
                <numerusform>%n جهات مانحة أخرى</numerusform>
                <numerusform>%n جهةً مانحةً أخرى</numerusform>
                <numerusform>%n جهة مانحة أخرى</numerusform>
            </translation>
        </message>
        <message>
            <source>Disbursed in the year (USD)</source>
            <translation>المصروف في السنة (USD)</translation>
        </message>
        <message numerus="yes">
            <source>%n other activities</source>
            <extracomment>one line adding up the activities a long annual report does not name; %n activities</extracomment>
            <translation>
                <numerusform>%n نشاط آخر</numerusform>
                <numerusform>%n نشاط آخر</numerusform>
                <numerusform>%n نشاطان آخران</numerusform>
                <numerusform>%n أنشطة أخرى</numerusform>
                <numerusform>%n نشاطًا آخر</numerusform>
                <numerusform>%n نشاط آخر</numerusform>
            </translation>
        </message>
        <message>
            <source>Focus area (¶26)</source>
            <translation>مجال التركيز (¶26)</translation>
        </message>
        <message>
            <source>Region of the applicant</source>
            <translation>منطقة الدولة مقدمة الطلب</translation>
        </message>
        <message>
            <source>Activities approved, active or completed with an amount committed or disbursed in the year. The largest by amount disbursed in the year are listed by name.</source>
            <translation>الأنشطة الموافق عليها أو الجارية أو المنجزة التي التُزم بمبلغ لها أو صُرف لها مبلغ في السنة. وتُذكر بالاسم الأنشطة الأكبر من حيث المبلغ المصروف في السنة.</translation>
        </message>
        <message>
            <source>The same activities by focus area and by the applicant's region. An activity in several focus areas counts in each.</source>
            <translation>الأنشطة نفسها حسب مجال التركيز وحسب منطقة الدولة مقدمة الطلب. ويُحتسب النشاط الذي يندرج في عدة مجالات تركيز في كل مجال منها.</translation>
        </message>
        <message>
            <source>The backup was cancelled; no copy was written.</source>
            <translation>أُلغي النسخ الاحتياطي؛ ولم تُكتب أي نسخة.</translation>
        </message>
        <message>
            <source>The fund's database “%1” is empty: the fund it held is gone. Restore it from a backup (File ▸ Restore…), or delete the empty file to start a new fund there.</source>
            <extracomment>%1 is the path of the fund's file, which has 0 bytes</extracomment>
            <translation>قاعدة بيانات الصندوق «%1» فارغة: لم يعد الصندوق الذي كانت تحتويه موجودًا. استعده من نسخة احتياطية (ملف ▸ استعادة…)، أو احذف الملف الفارغ لبدء صندوق جديد في هذا الموضع.</translation>
        </message>
        <message>
            <source>Loading the activity applications was cancelled.</source>
            <translation>أُلغي تحميل طلبات الأنشطة.</translation>
        </message>
        <message>
            <source>Loading the contributions was cancelled.</source>
            <extracomment>Not normally shown: the user cancelled loading a table</extracomment>
            <translation>أُلغي تحميل المساهمات.</translation>
        </message>
        <message>
            <source>Loading the disbursements was cancelled.</source>
            <translation>أُلغي تحميل المدفوعات.</translation>
        </message>
        <message>
            <source>The list of disbursements in the fund's database is damaged: disbursement %1 has no valid date.</source>
            <extracomment>%1 is the disbursement's number</extracomment>
            <translation>قائمة المدفوعات في قاعدة بيانات الصندوق تالفة: الدفعة %1 ليس لها تاريخ صالح.</translation>
        </message>
    </context>
    <context>
        <name>FundDesk::Ui</name>
        <message>
            <source>Year of row %1</source>
            <extracomment>Accessible name of the year of a row of the amounts requested; %1 is the row number</extracomment>
            <translation>سنة الصف %1</translation>
        </message>
        <message>
            <source>Amount in USD of row %1</source>
            <extracomment>Accessible name of an amount requested; %1 is the row number</extracomment>
            <translation>المبلغ بعملة USD في الصف %1</translation>
        </message>
        <message>
            <source>Amount requested for %1: %2</source>
            <extracomment>%1 is a year, %2 why its amount was refused</extracomment>
            <translation>المبلغ المطلوب لسنة %1: %2</translation>
        </message>
        <message>
            <source>Year</source>
            <extracomment>Column header of the amounts requested per year</extracomment>
            <translation>السنة</translation>
        </message>
        <message>
            <source>Amount (USD)</source>
            <extracomment>Column header: the amount requested for that year</extracomment>
            <translation>المبلغ (USD)</translation>
        </message>
        <message>
            <source>Amount requested per year</source>
            <extracomment>Accessible name of the table of amounts requested per year</extracomment>
            <translation>المبلغ المطلوب لكل سنة</translation>
        </message>
        <message>
            <source>Add Year</source>
            <extracomment>Button under the amounts table: adds the next year</extracomment>
            <translation>إضافة سنة</translation>
        </message>
        <message>
            <source>Remove Year</source>
            <extracomment>Button under the amounts table: removes the selected year</extracomment>
            <translation>إزالة سنة</translation>
        </message>
        <message>
            <source>Filter States by name or code…</source>
            <extracomment>Placeholder of the filter box above the co-applicant States</extracomment>
            <translation>تصفية الدول حسب الاسم أو الرمز…</translation>
        </message>
        <message>
            <source>Filter co-applicant States</source>
            <translation>تصفية الدول المشاركة في تقديم الطلب</translation>
        </message>
        <message>
            <source>Co-applicant States</source>
            <extracomment>Accessible name of the checkable list of co-applicant States</extracomment>
            <translation>الدول المشاركة في تقديم الطلب</translation>
        </message>
        <message>
            <source>Activity Application %1</source>
            <translation>طلب النشاط %1</translation>
        </message>
        <message>
            <source>New Activity Application</source>
            <translation>طلب نشاط جديد</translation>
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
            <translation>مقدم الطلب</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>الشركاء</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Dates and Budget</source>
            <translation>التواريخ والميزانية</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>الاحتياجات</translation>
        </message>
        <message>
            <source>Focus Areas</source>
            <translation>مجالات التركيز</translation>
        </message>
        <message>
            <source>Applicant &amp;State:</source>
            <extracomment>Form label: the government applying (¶24)</extracomment>
            <translation>الدولة مقدمة الطلب (&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Co-applicant States:</source>
            <extracomment>Form label: other States of a regional activity</extracomment>
            <translation>الدول المشاركة في تقديم الطلب (&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>المرجع (&amp;R):</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>الحالة (&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Implementing partners:</source>
            <extracomment>Form label: partners named at application time (¶24)</extracomment>
            <translation>الشركاء المنفذون (&amp;I):</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <extracomment>Form label: the applicant's job title</extracomment>
            <translation>العنوان (&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation>الملخص (&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Objectives:</source>
            <translation>الأهداف (&amp;O):</translation>
        </message>
        <message>
            <source>Expected o&amp;utputs:</source>
            <translation>النواتج المتوقعة (&amp;U):</translation>
        </message>
        <message>
            <source>Expected out&amp;comes:</source>
            <translation>النتائج المتوقعة (&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>البداية (&amp;S):</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>النهاية (&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Amount requested:</source>
            <extracomment>Form label: the amount requested for each year of the activity (¶20b)</extracomment>
            <translation>المبلغ المطلوب (&amp;A):</translation>
        </message>
        <message>
            <source>Total requested:</source>
            <translation>إجمالي المبلغ المطلوب:</translation>
        </message>
        <message>
            <source>Funding floor:</source>
            <extracomment>Form label: whether the request is under the minimum funding floor (¶23)</extracomment>
            <translation>الحد الأدنى للتمويل:</translation>
        </message>
        <message>
            <source>Co-&amp;funding (USD):</source>
            <extracomment>Form label: money for the activity from other sources, in USD</extracomment>
            <translation>التمويل المشترك (USD) (&amp;F):</translation>
        </message>
        <message>
            <source>Co-funding so&amp;urce:</source>
            <translation>مصدر التمويل المشترك (&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Needs assessment:</source>
            <extracomment>Form label: the national or regional needs assessment the activity answers (¶25a)</extracomment>
            <translation>تقييم الاحتياجات (&amp;N):</translation>
        </message>
        <message>
            <source>Needs assessment &amp;document:</source>
            <translation>وثيقة تقييم الاحتياجات (&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Focus areas (¶26):</source>
            <extracomment>Form label above the nine check boxes of ¶26</extracomment>
            <translation>مجالات التركيز (¶26) (&amp;F):</translation>
        </message>
        <message>
            <source>Given automatically, such as CB-2026-014</source>
            <translation>يُحدَّد تلقائيًا، مثل CB-2026-014</translation>
        </message>
        <message>
            <source>Title, date or link of the document</source>
            <translation>عنوان الوثيقة أو تاريخها أو رابطها</translation>
        </message>
        <message>
            <source>Type a State's name…</source>
            <translation>اكتبوا اسم دولة…</translation>
        </message>
        <message>
            <source>Co-funding: %1</source>
            <extracomment>%1 is why the amount was refused</extracomment>
            <translation>التمويل المشترك: %1</translation>
        </message>
        <message>
            <source>At or above the minimum funding floor (¶23).</source>
            <translation>عند الحد الأدنى للتمويل أو فوقه (¶23).</translation>
        </message>
        <message>
            <source>Partner %1 name</source>
            <translation>اسم الشريك %1</translation>
        </message>
        <message>
            <source>Partner %1 kind</source>
            <translation>نوع الشريك %1</translation>
        </message>
        <message>
            <source>Name</source>
            <extracomment>Column header of the implementing partners table</extracomment>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Kind</source>
            <extracomment>Column header: non-governmental entity, UN entity, …
----------
Column header: the kind of donor (Member State, foundation …)</extracomment>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Implementing partners</source>
            <extracomment>Accessible name of the table of implementing partners</extracomment>
            <translation>الشركاء المنفذون</translation>
        </message>
        <message>
            <source>Add Partner</source>
            <extracomment>Button under the implementing partners table</extracomment>
            <translation>إضافة شريك</translation>
        </message>
        <message>
            <source>Remove Partner</source>
            <extracomment>Button under the implementing partners table: removes the selected partner</extracomment>
            <translation>إزالة شريك</translation>
        </message>
        <message>
            <source>Conditions</source>
            <extracomment>Accessible name of the text of a donor's conditions on a contribution
----------
Column header: the donor's conditions on the contribution</extracomment>
            <translation>الشروط</translation>
        </message>
        <message>
            <source>The donor's conditions, if any, as written</source>
            <extracomment>Placeholder of the conditions field</extracomment>
            <translation>شروط الجهة المانحة، إن وجدت، كما وردت كتابةً</translation>
        </message>
        <message>
            <source>These conditions restrict the money to specific activities (earmark)</source>
            <translation>هذه الشروط تقصر الأموال على أنشطة محددة (تخصيص للغرض)</translation>
        </message>
        <message>
            <source>I confirm these conditions are not an earmark (¶19)</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund: no earmarking</extracomment>
            <translation>أؤكد أن هذه الشروط لا تمثل تخصيصًا للغرض (¶19)</translation>
        </message>
        <message>
            <source>(No pledge)</source>
            <extracomment>Receipt paid against a pledge: none</extracomment>
            <translation>(لا يوجد تعهد)</translation>
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
            <translation>القيمة بعملة USD: %1</translation>
        </message>
        <message>
            <source>Add Contribution</source>
            <translation>إضافة تبرع</translation>
        </message>
        <message>
            <source>Edit Receipt</source>
            <translation>تعديل مبلغ مقبوض</translation>
        </message>
        <message>
            <source>Edit Pledge</source>
            <translation>تعديل تعهد</translation>
        </message>
        <message>
            <source>&amp;Donor:</source>
            <extracomment>Form label: who gives the contribution</extracomment>
            <translation>الجهة المانحة (&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <extracomment>Form label: pledge or receipt</extracomment>
            <translation>النوع (&amp;T):</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <extracomment>Form label: the date of the pledge, or the day the money was received</extracomment>
            <translation>التاريخ (&amp;A):</translation>
        </message>
        <message>
            <source>A&amp;mount:</source>
            <extracomment>Form label: the amount in the donor's currency</extracomment>
            <translation>المبلغ (&amp;M):</translation>
        </message>
        <message>
            <source>&amp;Currency:</source>
            <extracomment>Form label: the ISO currency code of the amount</extracomment>
            <translation>العملة (&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Rate to USD:</source>
            <extracomment>Form label: US dollars per unit of the currency, as used on the day</extracomment>
            <translation>السعر مقابل USD (&amp;R):</translation>
        </message>
        <message>
            <source>USD value:</source>
            <extracomment>Form label: the amount converted to US dollars</extracomment>
            <translation>القيمة بعملة USD:</translation>
        </message>
        <message>
            <source>Against &amp;pledge:</source>
            <extracomment>Form label: the pledge a receipt pays (optional)</extracomment>
            <translation>مقابل التعهد (&amp;P):</translation>
        </message>
        <message>
            <source>C&amp;onditions:</source>
            <extracomment>Form label: the donor's conditions on the contribution (¶19)</extracomment>
            <translation>الشروط (&amp;O):</translation>
        </message>
        <message>
            <source>R&amp;eference:</source>
            <extracomment>Form label: a reference such as a bank transfer number</extracomment>
            <translation>المرجع (&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <extracomment>Form label: free notes</extracomment>
            <translation>ملاحظات (&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Schedule (optional):</source>
            <extracomment>Form label: the expected payments of a multi-year pledge (¶20b)</extracomment>
            <translation>الجدول (اختياري) (&amp;S):</translation>
        </message>
        <message>
            <source>Reason for the c&amp;hange:</source>
            <extracomment>Form label: why a received contribution is being changed</extracomment>
            <translation>سبب التغيير (&amp;H):</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <extracomment>Placeholder of the amount field; %1 is an example amount in the user's locale</extracomment>
            <translation>مثلًا %1</translation>
        </message>
        <message>
            <source>Required: why the received record changes</source>
            <extracomment>Placeholder of the reason field when a received contribution is edited</extracomment>
            <translation>مطلوب: سبب تغيير السجل المقبوض</translation>
        </message>
        <message>
            <source>Enter the rate to US dollars used on the day: how many USD one %1 was worth, for example 1.08.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>يرجى إدخال سعر الصرف مقابل دولار الولايات المتحدة المعمول به في ذلك اليوم: كم كانت قيمة وحدة واحدة من %1 بعملة USD، مثلًا 1.08.</translation>
        </message>
        <message>
            <source>No donor is called “%1”. Choose the donor from the list, or add the donor first.</source>
            <extracomment>%1 is the text typed in the donor field</extracomment>
            <translation>لا توجد جهة مانحة باسم «%1». يرجى اختيار الجهة المانحة من القائمة، أو إضافتها أولًا.</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose the currency from the list.</source>
            <extracomment>%1 is what was typed as a currency code</extracomment>
            <translation>«%1» ليس رمز عملة معروفًا وفق المعيار ISO 4217. يرجى اختيار العملة من القائمة.</translation>
        </message>
        <message>
            <source>Enter the amount the donor gives, in %1.</source>
            <translation>يرجى إدخال المبلغ الذي تقدمه الجهة المانحة، بعملة %1.</translation>
        </message>
        <message>
            <source>Contribution History</source>
            <extracomment>Title of the window listing a contribution's earlier states</extracomment>
            <translation>سجل التبرع</translation>
        </message>
        <message>
            <source>This contribution has not been changed since it was recorded.</source>
            <translation>لم يُغيَّر هذا التبرع منذ تسجيله.</translation>
        </message>
        <message>
            <source>Earlier states of this contribution, oldest first. Each row shows the record as it was before the change.</source>
            <translation>الحالات السابقة لهذا التبرع، من الأقدم إلى الأحدث. ويبيّن كل صف السجل كما كان قبل التغيير.</translation>
        </message>
        <message>
            <source>Changed</source>
            <extracomment>Column header: when a contribution was changed
----------
what happened to a record, in its history</extracomment>
            <translation>تاريخ التغيير</translation>
        </message>
        <message>
            <source>Reason</source>
            <extracomment>Column header: why a contribution was changed</extracomment>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>Column header: the date of a pledge or receipt</extracomment>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Type</source>
            <extracomment>Column header: pledge or receipt</extracomment>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Amount</source>
            <extracomment>Column header in a pledge's schedule of payments: the amount in the pledge's currency
----------
Column header: the amount in the donor's currency</extracomment>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>Rate to USD</source>
            <extracomment>Column header: the exchange rate to US dollars used for the contribution</extracomment>
            <translation>السعر مقابل USD</translation>
        </message>
        <message>
            <source>USD value</source>
            <extracomment>Column header: the contribution's value in US dollars</extracomment>
            <translation>القيمة بعملة USD</translation>
        </message>
        <message>
            <source>Reference</source>
            <extracomment>Column header: the application's reference such as CB-2026-014
----------
Column header: a reference such as a bank transfer number</extracomment>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>(None)</source>
            <extracomment>Country of a non-State donor: none chosen</extracomment>
            <translation>(لا شيء)</translation>
        </message>
        <message>
            <source>Edit Donor</source>
            <translation>تعديل جهة مانحة</translation>
        </message>
        <message>
            <source>Add Donor</source>
            <translation>إضافة جهة مانحة</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <extracomment>Form label: what kind of donor (Member State, foundation …)</extracomment>
            <translation>النوع (&amp;K):</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <extracomment>Form label: the donor State, chosen from the reference list</extracomment>
            <translation>الدولة (&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <extracomment>Form label: the name of a non-State donor</extracomment>
            <translation>الاسم (&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Country (optional):</source>
            <extracomment>Form label: the country a non-State donor is based in (optional)</extracomment>
            <translation>البلد (اختياري) (&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Due diligence:</source>
            <extracomment>Form label: the UN's due-diligence clearance of the donor (¶14)</extracomment>
            <translation>العناية الواجبة (&amp;D):</translation>
        </message>
        <message>
            <source>Decision &amp;date:</source>
            <extracomment>Form label: the date the due-diligence decision was taken</extracomment>
            <translation>تاريخ القرار (&amp;D):</translation>
        </message>
        <message>
            <source>Decision n&amp;ote:</source>
            <extracomment>Form label: a note on the due-diligence decision</extracomment>
            <translation>ملاحظة بشأن القرار (&amp;O):</translation>
        </message>
        <message>
            <source>Con&amp;tact:</source>
            <extracomment>Form label: the donor's contact person or address</extracomment>
            <translation>جهة الاتصال (&amp;T):</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <extracomment>Form label: free notes on the donor</extracomment>
            <translation>ملاحظات (&amp;O):</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <extracomment>Accessible name of a form's error message; %1 is the message</extracomment>
            <translation>خطأ: %1</translation>
        </message>
        <message>
            <source>Publication</source>
            <extracomment>Title of the choice of publication consent (¶17)
----------
Column header: whether the donor agreed to publication (¶17)</extracomment>
            <translation>النشر</translation>
        </message>
        <message>
            <source>Received contributions are published on the fund's page unless the donor asks otherwise (¶17).</source>
            <extracomment>¶17 is a paragraph of the report that set up the fund</extracomment>
            <translation>تُنشر التبرعات المقبوضة على صفحة الصندوق ما لم تطلب الجهة المانحة خلاف ذلك (¶17).</translation>
        </message>
        <message>
            <source>Scheduled payment %1: %2</source>
            <extracomment>%1 is the number of the payment (1, 2, 3 …), %2 why its amount was refused</extracomment>
            <translation>الدفعة المقررة %1: %2</translation>
        </message>
        <message>
            <source>Due date</source>
            <extracomment>Column header in a pledge's schedule of payments</extracomment>
            <translation>تاريخ الاستحقاق</translation>
        </message>
        <message>
            <source>Schedule of payments</source>
            <extracomment>Accessible name of the table of a pledge's expected payments</extracomment>
            <translation>جدول المدفوعات</translation>
        </message>
        <message>
            <source>Add Payment</source>
            <extracomment>Button: add an expected payment to a pledge's schedule</extracomment>
            <translation>إضافة دفعة</translation>
        </message>
        <message>
            <source>Remove Payment</source>
            <extracomment>Button: remove the selected payment from a pledge's schedule</extracomment>
            <translation>إزالة دفعة</translation>
        </message>
        <message>
            <source>Due date of payment %1</source>
            <extracomment>Accessible name; %1 is the number of the payment: 1, 2, 3 …</extracomment>
            <translation>تاريخ استحقاق الدفعة %1</translation>
        </message>
        <message>
            <source>Amount of payment %1</source>
            <extracomment>Accessible name; %1 is the number of the payment: 1, 2, 3 …</extracomment>
            <translation>مبلغ الدفعة %1</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <extracomment>One point of the 0–5 scale: %1 the score, %2 its name, %3 what it means</extracomment>
            <translation>%1 %2: %3</translation>
        </message>
        <message>
            <source>not scored</source>
            <extracomment>Beside a score that is not chosen yet</extracomment>
            <translation>لم تُسند درجة</translation>
        </message>
        <message>
            <source>Score each criterion from 0 to 5:
%1</source>
            <extracomment>Above the scores: the meaning of each point of the scale, one per line</extracomment>
            <translation>يرجى إسناد درجة لكل معيار من 0 إلى 5:
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
            <translation>الدرجة الخاصة بـ %1</translation>
        </message>
        <message>
            <source>Score Application %1</source>
            <extracomment>Title of the scoring dialog; %1 is the application's reference</extracomment>
            <translation>إسناد درجات للطلب %1</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <extracomment>%1 reference, %2 title, %3 applicant State (and co-applicants)</extracomment>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <source>&amp;Reviewer:</source>
            <translation>المراجِع (&amp;R):</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>المراجِع</translation>
        </message>
        <message>
            <source>Name of the reviewer</source>
            <translation>اسم المراجِع</translation>
        </message>
        <message>
            <source>Before scoring, declare whether you have a conflict of interest with this application. A reviewer with a conflict does not score it and is left out of its aggregate score.</source>
            <translation>قبل إسناد الدرجات، يرجى الإعلان عما إذا كان لديكم تضارب في المصالح بشأن هذا الطلب. ولا يُسند المراجِع الذي لديه تضارب في المصالح درجات للطلب، ويُستبعد من درجته الإجمالية.</translation>
        </message>
        <message>
            <source>I have &amp;no conflict of interest with this application</source>
            <translation>ليس لدي أي تضارب في المصالح بشأن هذا الطلب (&amp;N)</translation>
        </message>
        <message>
            <source>I have a conflict of &amp;interest and recuse myself</source>
            <translation>لدي تضارب في المصالح وأتنحى (&amp;I)</translation>
        </message>
        <message>
            <source>Nature of the &amp;conflict (required with a conflict):</source>
            <extracomment>Label of the note explaining a declared conflict of interest</extracomment>
            <translation>طبيعة التضارب (مطلوبة في حال وجود تضارب) (&amp;C):</translation>
        </message>
        <message>
            <source>Nature of the conflict</source>
            <translation>طبيعة التضارب</translation>
        </message>
        <message>
            <source>&amp;Justification (required):</source>
            <translation>المبررات (مطلوبة) (&amp;J):</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>المبررات</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>حفظ (&amp;S)</translation>
        </message>
        <message>
            <source>Record the declaration and, without a conflict, the scores</source>
            <translation>تسجيل الإعلان، وكذلك الدرجات في حال عدم وجود تضارب</translation>
        </message>
        <message>
            <source>%1 has already declared for this application: saving changes that review.</source>
            <extracomment>%1 is a reviewer's name</extracomment>
            <translation>سبق أن قدّم %1 إعلانًا بشأن هذا الطلب: وسيؤدي الحفظ إلى تغيير تلك المراجعة.</translation>
        </message>
        <message>
            <source>Reviews of this application: %1</source>
            <extracomment>%1 the aggregate with its spread and reviewer counts</extracomment>
            <translation>مراجعات هذا الطلب: %1</translation>
        </message>
        <message>
            <source>Conflict of interest: declare first whether you have a conflict of interest with this application.</source>
            <translation>تضارب المصالح: يرجى أولًا الإعلان عما إذا كان لديكم تضارب في المصالح بشأن هذا الطلب.</translation>
        </message>
        <message>
            <source>The conflict of interest of %1 is recorded: %1 does not score this application and is left out of its aggregate.</source>
            <extracomment>%1 is a reviewer's name</extracomment>
            <translation>سُجِّل تضارب المصالح لدى %1: لا يُسند %1 درجات لهذا الطلب ويُستبعد من درجته الإجمالية.</translation>
        </message>
        <message>
            <source>The scores of %1 are saved.</source>
            <translation>حُفظت درجات %1.</translation>
        </message>
        <message>
            <source>Fund operational</source>
            <extracomment>Accessible name of the fund status icon</extracomment>
            <translation>الصندوق قيد التشغيل</translation>
        </message>
        <message>
            <source>Fund status: %1</source>
            <extracomment>Accessible name of the fund status; %1 is the status text
----------
Accessible name of the fund status banner; %1 is the status text</extracomment>
            <translation>حالة الصندوق: %1</translation>
        </message>
        <message>
            <source>Warning</source>
            <extracomment>Accessible name of the fund status icon when the fund is not operational</extracomment>
            <translation>تحذير</translation>
        </message>
        <message>
            <source>Warning, fund not operational: %1</source>
            <extracomment>Accessible name of the fund status when the fund is not operational; %1 is the status
----------
Accessible name of the status banner when the fund is not operational; %1 the status</extracomment>
            <translation>تحذير، الصندوق ليس قيد التشغيل: %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <extracomment>Menu title; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>ملف (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <extracomment>Menu title listing the pages; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>عرض (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <extracomment>Menu title; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>تعليمات (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;New fund…</source>
            <extracomment>File menu: create a new fund database</extracomment>
            <translation>صندوق جديد (&amp;N)…</translation>
        </message>
        <message>
            <source>Create a new, empty fund database</source>
            <translation>إنشاء قاعدة بيانات صندوق جديدة فارغة</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <extracomment>File menu: open an existing fund database</extracomment>
            <translation>فتح (&amp;O)…</translation>
        </message>
        <message>
            <source>Open an existing fund database</source>
            <translation>فتح قاعدة بيانات صندوق موجودة</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <extracomment>File menu: save a copy of the open fund database</extracomment>
            <translation>نسخ احتياطي (&amp;B)…</translation>
        </message>
        <message>
            <source>Save a copy of the open fund database</source>
            <translation>حفظ نسخة من قاعدة بيانات الصندوق المفتوحة</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <extracomment>File menu: leave the application</extracomment>
            <translation>إنهاء (&amp;Q)</translation>
        </message>
        <message>
            <source>Close FundDesk</source>
            <translation>إغلاق FundDesk</translation>
        </message>
        <message>
            <source>&amp;About FundDesk</source>
            <extracomment>Help menu</extracomment>
            <translation>حول FundDesk (&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <extracomment>Help menu</extracomment>
            <translation>حول Qt (&amp;Q)</translation>
        </message>
        <message>
            <source>Current page</source>
            <extracomment>Accessible name of the area that shows the current page</extracomment>
            <translation>الصفحة الحالية</translation>
        </message>
        <message>
            <source>Page list and current page</source>
            <extracomment>Accessible name of the area holding the page list and the current page</extracomment>
            <translation>قائمة الصفحات والصفحة الحالية</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>Accessible name of the status bar at the bottom of the main window
----------
Column header: where the application stands in the workflow</extracomment>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Menu</source>
            <extracomment>Accessible name of the menu bar</extracomment>
            <translation>القائمة</translation>
        </message>
        <message>
            <source>No fund open</source>
            <extracomment>Status bar, when no fund database is open</extracomment>
            <translation>لا يوجد صندوق مفتوح</translation>
        </message>
        <message>
            <source>FundDesk — %1</source>
            <extracomment>Window title; %1 is the file name of the open fund database</extracomment>
            <translation>FundDesk — %1</translation>
        </message>
        <message>
            <source>Fund file: %1</source>
            <extracomment>Status bar; %1 is the file name of the open fund database</extracomment>
            <translation>ملف الصندوق: %1</translation>
        </message>
        <message>
            <source>Open fund file</source>
            <extracomment>Accessible name of the status bar label with the open database</extracomment>
            <translation>ملف الصندوق المفتوح</translation>
        </message>
        <message>
            <source>Open fund</source>
            <extracomment>Title of the file dialog that opens a fund database</extracomment>
            <translation>فتح صندوق</translation>
        </message>
        <message>
            <source>Back up fund</source>
            <extracomment>Title of the file dialog that saves a backup copy of the fund database</extracomment>
            <translation>النسخ الاحتياطي للصندوق</translation>
        </message>
        <message>
            <source>FundDesk %1</source>
            <extracomment>Heading of the About box; %1 is the version number</extracomment>
            <translation>FundDesk %1</translation>
        </message>
        <message>
            <source>FundDesk helps the manager of the UN Voluntary Fund for ICT-security capacity building record contributions, review applications and report on spending, offline on a laptop.</source>
            <translation>يساعد FundDesk مدير صندوق الأمم المتحدة للتبرعات لبناء القدرات في مجال أمن تكنولوجيات المعلومات والاتصالات على تسجيل التبرعات واستعراض الطلبات والإبلاغ عن الإنفاق، دون اتصال بالإنترنت على حاسوب محمول.</translation>
        </message>
        <message>
            <source>About FundDesk</source>
            <extracomment>Title of the About box</extracomment>
            <translation>حول FundDesk</translation>
        </message>
        <message>
            <source>Fund databases (*.funddesk *.sqlite)</source>
            <extracomment>File dialog filter; keep the patterns in parentheses unchanged</extracomment>
            <translation>قواعد بيانات الصناديق (*.funddesk *.sqlite)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <extracomment>File dialog filter; keep the pattern in parentheses unchanged</extracomment>
            <translation>جميع الملفات (*)</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>Accessible name of the list of pages on the side of the main window</extracomment>
            <translation>الصفحات</translation>
        </message>
        <message>
            <source>Choose the page to show. %1 to %2 jump to a page directly.</source>
            <extracomment>%1 and %2 are keyboard shortcuts, e.g. Ctrl+1 and Ctrl+7</extracomment>
            <translation>اختاروا الصفحة المراد عرضها. وتنتقل المفاتيح من %1 إلى %2 إلى الصفحة مباشرة.</translation>
        </message>
        <message>
            <source>Below floor</source>
            <extracomment>Table cell: the request is under the ¶23 minimum funding floor</extracomment>
            <translation>دون الحد الأدنى</translation>
        </message>
        <message>
            <source>Title</source>
            <extracomment>Column header: the title of the capacity-building activity</extracomment>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Region</source>
            <extracomment>Column header: the M49 region of the applicant State
----------
Column header: the geographic region of the donor's country
----------
Column header: the M49 region of the State</extracomment>
            <translation>المنطقة</translation>
        </message>
        <message>
            <source>Focus areas</source>
            <extracomment>Column header: the letters of the ¶26 focus areas, a to i</extracomment>
            <translation>مجالات التركيز</translation>
        </message>
        <message>
            <source>Years</source>
            <extracomment>Column header: the years the activity runs</extracomment>
            <translation>السنوات</translation>
        </message>
        <message>
            <source>Requested (USD)</source>
            <extracomment>Column header: the total amount requested, in US dollars</extracomment>
            <translation>المبلغ المطلوب (USD)</translation>
        </message>
        <message>
            <source>Score</source>
            <extracomment>Column header: the aggregate review score, 0 to 5
----------
Column header: the reviewer's score, 0 to 100</extracomment>
            <translation>الدرجة</translation>
        </message>
        <message>
            <source>Spread</source>
            <extracomment>Column header: the difference between the highest and lowest reviewer's score</extracomment>
            <translation>التباين</translation>
        </message>
        <message>
            <source>Floor</source>
            <extracomment>Column header: whether the request is under the minimum funding floor (¶23)</extracomment>
            <translation>الحد الأدنى</translation>
        </message>
        <message>
            <source>, </source>
            <extracomment>Separator between the focus-area letters in a table cell: "a, c, f"</extracomment>
            <translation>، </translation>
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
                <numerusform>%1 + %Ln</numerusform>
                <numerusform>%1 + %Ln</numerusform>
                <numerusform>%1 + %Ln</numerusform>
                <numerusform>%1 + %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reviewer(s) scored</source>
            <extracomment>Part of the review summary of an application</extracomment>
            <translation>
                <numerusform>أسند الدرجات %n مراجِع</numerusform>
                <numerusform>أسند الدرجات %n مراجِع</numerusform>
                <numerusform>أسند الدرجات %n مراجِعان</numerusform>
                <numerusform>أسند الدرجات %n مراجِعين</numerusform>
                <numerusform>أسند الدرجات %n مراجِعًا</numerusform>
                <numerusform>أسند الدرجات %n مراجِع</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recused</source>
            <extracomment>Part of the review summary: reviewers who declared a conflict of interest</extracomment>
            <translation>
                <numerusform>تنحّى %n مراجِع</numerusform>
                <numerusform>تنحّى %n مراجِع</numerusform>
                <numerusform>تنحّى %n مراجِعان</numerusform>
                <numerusform>تنحّى %n مراجِعين</numerusform>
                <numerusform>تنحّى %n مراجِعًا</numerusform>
                <numerusform>تنحّى %n مراجِع</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <extracomment>Part of the review summary: reviewers who declared no conflict and have not scored yet</extracomment>
            <translation>
                <numerusform>%n مراجِع قيد الانتظار</numerusform>
                <numerusform>%n مراجِع قيد الانتظار</numerusform>
                <numerusform>%n مراجِعان قيد الانتظار</numerusform>
                <numerusform>%n مراجِعين قيد الانتظار</numerusform>
                <numerusform>%n مراجِعًا قيد الانتظار</numerusform>
                <numerusform>%n مراجِع قيد الانتظار</numerusform>
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
            <translation>لم تُسند درجات بعد (%1).</translation>
        </message>
        <message>
            <source>Aggregate score %1 out of 5, spread %2 (%3).</source>
            <extracomment>%1 the aggregate score (0–5, such as 3.20), %2 the spread between reviewers (0.80), %3 the review summary</extracomment>
            <translation>الدرجة الإجمالية %1 من 5، والتباين %2 (%3).</translation>
        </message>
        <message>
            <source>Donor</source>
            <extracomment>Column header: who gave the contribution
----------
Column header: the donor's name</extracomment>
            <translation>الجهة المانحة</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <extracomment>Due-diligence status and the date it was decided, e.g. "Cleared, 3/4/25"</extracomment>
            <translation>%1، %2</translation>
        </message>
        <message>
            <source>Country</source>
            <extracomment>Column header: the donor's country</extracomment>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Due diligence</source>
            <extracomment>Column header: the UN's due-diligence clearance of the donor (¶14)</extracomment>
            <translation>العناية الواجبة</translation>
        </message>
        <message>
            <source>Received (USD)</source>
            <extracomment>Column header: total money received from the donor, in US dollars</extracomment>
            <translation>المقبوض (USD)</translation>
        </message>
        <message>
            <source>Outstanding pledges (USD)</source>
            <extracomment>Column header: money pledged by the donor and not yet received, in US dollars</extracomment>
            <translation>التعهدات غير المسددة (USD)</translation>
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
            <translation>الحصة المتساوية</translation>
        </message>
        <message>
            <source>%1 of the total; the dashed line is the equal share, %2.</source>
            <extracomment>Tooltip of a bar: %1 the line's share, %2 the equal share, both percentages</extracomment>
            <translation>%1 من المجموع؛ ويمثل الخط المتقطع الحصة المتساوية، %2.</translation>
        </message>
        <message>
            <source>M49 region</source>
            <extracomment>Column header of the geographic balance: an M49 region or a UN regional group</extracomment>
            <translation>منطقة M49</translation>
        </message>
        <message>
            <source>Regional group</source>
            <translation>المجموعة الإقليمية</translation>
        </message>
        <message>
            <source>Applications</source>
            <extracomment>Column header: number of applications with a State in the region
----------
Tab of the Activities page: the table of applications</extracomment>
            <translation>الطلبات</translation>
        </message>
        <message>
            <source>Share of requested</source>
            <extracomment>Column header: a bar of the region's share of all requested amounts</extracomment>
            <translation>الحصة من المبالغ المطلوبة</translation>
        </message>
        <message>
            <source>Recommended (USD)</source>
            <extracomment>Column header: amounts recommended, approved, active or completed</extracomment>
            <translation>المبلغ الموصى به (USD)</translation>
        </message>
        <message>
            <source>Share of recommended</source>
            <translation>الحصة من المبالغ الموصى بها</translation>
        </message>
        <message>
            <source>▼ The available balance of %1 runs out here: the applications below do not fit.</source>
            <extracomment>Marker row of the ranking: %1 is the fund's available balance such as USD 1,200,000.00</extracomment>
            <translation>▼ ينفد الرصيد المتاح البالغ %1 هنا: الطلبات الواردة أدناه لا يتسع لها الرصيد.</translation>
        </message>
        <message>
            <source>Below floor: not counted</source>
            <extracomment>Ranking: the request is under the ¶23 floor, so it is not added to the running total</extracomment>
            <translation>دون الحد الأدنى: لا يُحتسب</translation>
        </message>
        <message>
            <source>Not scored: not counted</source>
            <extracomment>Ranking: no reviewer has scored the application, so it is not counted</extracomment>
            <translation>لم تُسند درجات: لا يُحتسب</translation>
        </message>
        <message>
            <source>Within balance</source>
            <extracomment>Ranking: the running total is within (or beyond) the available balance</extracomment>
            <translation>ضمن حدود الرصيد</translation>
        </message>
        <message>
            <source>Beyond balance</source>
            <translation>يتجاوز الرصيد</translation>
        </message>
        <message>
            <source>Rank</source>
            <extracomment>Column header: the position in the ranking by aggregate score</extracomment>
            <translation>الترتيب</translation>
        </message>
        <message>
            <source>Running total (USD)</source>
            <extracomment>Column header: the sum requested by this and every counted application above it</extracomment>
            <translation>المجموع التراكمي (USD)</translation>
        </message>
        <message>
            <source>Against balance</source>
            <extracomment>Column header: whether the running total is within the available balance</extracomment>
            <translation>مقارنةً بالرصيد</translation>
        </message>
        <message>
            <source>Donors and contributions</source>
            <extracomment>Accessible name of the Donors &amp; Contributions page</extracomment>
            <translation>الجهات المانحة والتبرعات</translation>
        </message>
        <message>
            <source>Contributions</source>
            <extracomment>Heading of the contributions table: pledges and receipts</extracomment>
            <translation>التبرعات</translation>
        </message>
        <message numerus="yes">
            <source>%n contribution(s) shown · received %1 · pledged %2</source>
            <extracomment>Totals under the contributions table; %1 and %2 are amounts such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>المعروض: %n تبرع · المقبوض %1 · المتعهد به %2</numerusform>
                <numerusform>المعروض: %n تبرع · المقبوض %1 · المتعهد به %2</numerusform>
                <numerusform>المعروض: %n تبرعان · المقبوض %1 · المتعهد به %2</numerusform>
                <numerusform>المعروض: %n تبرعات · المقبوض %1 · المتعهد به %2</numerusform>
                <numerusform>المعروض: %n تبرعًا · المقبوض %1 · المتعهد به %2</numerusform>
                <numerusform>المعروض: %n تبرع · المقبوض %1 · المتعهد به %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit Contribution</source>
            <translation>تعديل تبرع</translation>
        </message>
        <message>
            <source>Delete the receipt of %1 from %2 dated %3? Its last state is kept in the contribution history.</source>
            <extracomment>%1 is an amount such as EUR 1,000.00, %2 the donor, %3 a date</extracomment>
            <translation>هل تريدون حذف المبلغ المقبوض البالغ %1 من %2 بتاريخ %3؟ ستُحفظ آخر حالة له في سجل التبرع.</translation>
        </message>
        <message>
            <source>Delete the pledge of %1 from %2 dated %3?</source>
            <extracomment>%1 is an amount such as EUR 1,000.00, %2 the donor, %3 a date</extracomment>
            <translation>هل تريدون حذف التعهد البالغ %1 من %2 بتاريخ %3؟</translation>
        </message>
        <message>
            <source>Delete Contribution</source>
            <translation>حذف تبرع</translation>
        </message>
        <message>
            <source>Deleted by the fund manager</source>
            <extracomment>Reason kept in a contribution's history when it is deleted from the table</extracomment>
            <translation>حذفه مدير الصندوق</translation>
        </message>
        <message>
            <source>Add contribution</source>
            <translation>إضافة تبرع</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt (Insert)</source>
            <translation>تسجيل تعهد أو مبلغ مقبوض (Insert)</translation>
        </message>
        <message>
            <source>Edit contribution</source>
            <translation>تعديل التبرع</translation>
        </message>
        <message>
            <source>Edit the selected contribution (Enter)</source>
            <translation>تعديل التبرع المحدد (Enter)</translation>
        </message>
        <message>
            <source>Delete contribution</source>
            <translation>حذف التبرع</translation>
        </message>
        <message>
            <source>Delete the selected contribution (Del)</source>
            <translation>حذف التبرع المحدد (Del)</translation>
        </message>
        <message>
            <source>Contribution history</source>
            <translation>سجل التبرع</translation>
        </message>
        <message>
            <source>Donors</source>
            <extracomment>Heading of the donors table</extracomment>
            <translation>الجهات المانحة</translation>
        </message>
        <message numerus="yes">
            <source>%n donor(s) shown · received %1 · outstanding pledges %2</source>
            <extracomment>Totals under the donors table; %1 and %2 are amounts such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>المعروض: %n جهة مانحة · المقبوض %1 · التعهدات غير المسددة %2</numerusform>
                <numerusform>المعروض: %n جهة مانحة · المقبوض %1 · التعهدات غير المسددة %2</numerusform>
                <numerusform>المعروض: %n جهتان مانحتان · المقبوض %1 · التعهدات غير المسددة %2</numerusform>
                <numerusform>المعروض: %n جهات مانحة · المقبوض %1 · التعهدات غير المسددة %2</numerusform>
                <numerusform>المعروض: %n جهةً مانحة · المقبوض %1 · التعهدات غير المسددة %2</numerusform>
                <numerusform>المعروض: %n جهة مانحة · المقبوض %1 · التعهدات غير المسددة %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Donor</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>حذف جهة مانحة</translation>
        </message>
        <message>
            <source>Delete the donor “%1”? This cannot be undone.</source>
            <translation>هل تريدون حذف الجهة المانحة «%1»؟ لا يمكن التراجع عن هذا الإجراء.</translation>
        </message>
        <message>
            <source>Add donor</source>
            <translation>إضافة جهة مانحة</translation>
        </message>
        <message>
            <source>Add a donor (Insert)</source>
            <translation>إضافة جهة مانحة (Insert)</translation>
        </message>
        <message>
            <source>Edit donor</source>
            <translation>تعديل الجهة المانحة</translation>
        </message>
        <message>
            <source>Edit the selected donor (Enter)</source>
            <translation>تعديل الجهة المانحة المحددة (Enter)</translation>
        </message>
        <message>
            <source>Delete donor</source>
            <translation>حذف الجهة المانحة</translation>
        </message>
        <message>
            <source>Delete the selected donor (Del)</source>
            <translation>حذف الجهة المانحة المحددة (Del)</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <extracomment>Main window page: overview of the fund</extracomment>
            <translation>لوحة المعلومات</translation>
        </message>
        <message>
            <source>Key figures of the fund at a glance</source>
            <translation>الأرقام الرئيسية للصندوق في لمحة</translation>
        </message>
        <message>
            <source>Key figures for the year, the fund's size against the USD 2 million and USD 5 million scenarios, and spending by region.</source>
            <translation>الأرقام الرئيسية للسنة، وحجم الصندوق مقارنةً بسيناريوهي USD 2 مليون وUSD 5 ملايين، والإنفاق حسب المنطقة.</translation>
        </message>
        <message>
            <source>Donors &amp; Contributions</source>
            <extracomment>Main window page: donors and the money they give</extracomment>
            <translation>الجهات المانحة والتبرعات</translation>
        </message>
        <message>
            <source>Donors, pledges and received contributions</source>
            <translation>الجهات المانحة والتعهدات والتبرعات المقبوضة</translation>
        </message>
        <message>
            <source>Member States and non-governmental donors, their pledges and payments, due-diligence clearance and whether each contribution may be published.</source>
            <translation>الدول الأعضاء والجهات المانحة غير الحكومية، وتعهداتها ومدفوعاتها، وإجازتها في إطار العناية الواجبة، وما إذا كان يجوز نشر كل تبرع.</translation>
        </message>
        <message>
            <source>Sponsorships</source>
            <extracomment>Main window page: travel sponsorships of representatives and experts</extracomment>
            <translation>الرعايات</translation>
        </message>
        <message>
            <source>Applications to sponsor representatives and experts</source>
            <translation>طلبات رعاية الممثلين والخبراء</translation>
        </message>
        <message>
            <source>Applications from representatives and experts to attend the sessions, checked against the eligibility criteria, with gender balance and geographic diversity of the selection.</source>
            <translation>طلبات الممثلين والخبراء لحضور الدورات، مفحوصةً وفق معايير الأهلية، مع مراعاة التوازن بين الجنسين والتنوع الجغرافي في الاختيار.</translation>
        </message>
        <message>
            <source>Activities</source>
            <extracomment>Main window page: capacity-building activities funded by the fund</extracomment>
            <translation>الأنشطة</translation>
        </message>
        <message>
            <source>Capacity-building activities and their proposals</source>
            <translation>أنشطة بناء القدرات ومقترحاتها</translation>
        </message>
        <message>
            <source>Proposals for capacity-building activities from governments and their implementing partners, scored against the selection criteria and focus areas.</source>
            <translation>مقترحات أنشطة بناء القدرات المقدمة من الحكومات وشركائها المنفذين، مع إسناد درجات لها وفق معايير الاختيار ومجالات التركيز.</translation>
        </message>
        <message>
            <source>Disbursements</source>
            <extracomment>Main window page: payments made by the fund</extracomment>
            <translation>المدفوعات</translation>
        </message>
        <message>
            <source>Payments for approved sponsorships and activities</source>
            <translation>المدفوعات المتعلقة بالرعايات والأنشطة الموافق عليها</translation>
        </message>
        <message>
            <source>Payments made for sponsorships and activities approved by the High Representative, and the balance left in the fund.</source>
            <translation>المدفوعات المسددة للرعايات والأنشطة التي وافق عليها الممثل السامي، والرصيد المتبقي في الصندوق.</translation>
        </message>
        <message>
            <source>Reports</source>
            <extracomment>Main window page: printable reports and approval packets</extracomment>
            <translation>التقارير</translation>
        </message>
        <message>
            <source>Reports, charts and approval packets</source>
            <translation>التقارير والرسوم البيانية وحزم الموافقة</translation>
        </message>
        <message>
            <source>Reports on contributions and spending, charts of spending by region, and PDF approval packets for the High Representative's signature.</source>
            <translation>تقارير عن التبرعات والإنفاق، ورسوم بيانية للإنفاق حسب المنطقة، وحزم موافقة بصيغة PDF لتوقيع الممثل السامي.</translation>
        </message>
        <message>
            <source>Settings</source>
            <extracomment>Main window page: application and fund settings</extracomment>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>Fund threshold, currencies and language</source>
            <translation>الحد الأدنى للصندوق والعملات واللغة</translation>
        </message>
        <message>
            <source>The fund's operational threshold, exchange rates, how staff costs are paid, and the language of the application.</source>
            <translation>الحد الأدنى لبدء تشغيل الصندوق، وأسعار الصرف، وطريقة دفع تكاليف الموظفين، ولغة التطبيق.</translation>
        </message>
        <message>
            <source>About this page</source>
            <extracomment>Accessible name of the paragraph that describes a page not yet built</extracomment>
            <translation>عن هذه الصفحة</translation>
        </message>
        <message>
            <source>Fund Settings</source>
            <extracomment>Heading of the Settings page</extracomment>
            <translation>إعدادات الصندوق</translation>
        </message>
        <message>
            <source>Fund &amp;name:</source>
            <extracomment>Form label: the fund's name, shown on reports</extracomment>
            <translation>اسم الصندوق (&amp;N):</translation>
        </message>
        <message>
            <source>Operational &amp;threshold (USD):</source>
            <extracomment>Form label: ¶16 minimum of receipts before the fund operates</extracomment>
            <translation>الحد الأدنى لبدء التشغيل (USD) (&amp;T):</translation>
        </message>
        <message>
            <source>Threshold &amp;announced:</source>
            <extracomment>Form label: when donors were told the threshold</extracomment>
            <translation>تاريخ إعلان الحد الأدنى (&amp;A):</translation>
        </message>
        <message>
            <source>Staff costs:</source>
            <extracomment>Form label: where the salaries of the fund's two posts are paid from (¶15)</extracomment>
            <translation>تكاليف الموظفين:</translation>
        </message>
        <message>
            <source>Annual cost of the &amp;P post (USD):</source>
            <extracomment>Form label: annual cost of the Professional (P) post</extracomment>
            <translation>التكلفة السنوية للوظيفة من الفئة الفنية (USD) (&amp;P):</translation>
        </message>
        <message>
            <source>Annual cost of the &amp;GS post (USD):</source>
            <extracomment>Form label: annual cost of the General Service (GS) post</extracomment>
            <translation>التكلفة السنوية للوظيفة من فئة الخدمات العامة (USD) (&amp;G):</translation>
        </message>
        <message>
            <source>Activity funding &amp;floor (USD):</source>
            <extracomment>Form label: ¶23 minimum funding of an activity</extracomment>
            <translation>الحد الأدنى لتمويل النشاط (USD) (&amp;F):</translation>
        </message>
        <message>
            <source>Announced on</source>
            <extracomment>Check box before the date the threshold was announced to donors</extracomment>
            <translation>أُعلن في</translation>
        </message>
        <message>
            <source>Threshold announced</source>
            <translation>أُعلن الحد الأدنى</translation>
        </message>
        <message>
            <source>Date the threshold was announced</source>
            <translation>تاريخ إعلان الحد الأدنى</translation>
        </message>
        <message>
            <source>Charged to the regular budget</source>
            <extracomment>Staff costs option (¶15)</extracomment>
            <translation>تُحمَّل على الميزانية العادية</translation>
        </message>
        <message>
            <source>Charged to voluntary contributions</source>
            <extracomment>Staff costs option (¶15)</extracomment>
            <translation>تُحمَّل على التبرعات</translation>
        </message>
        <message>
            <source>¶15: the fund has a Professional (P) post and a General Service (GS) post. When they are charged to voluntary contributions, their annual cost is set aside from the money received before any sponsorship or activity; under the regular budget, contributions go to sponsorships and activities only.</source>
            <extracomment>¶15 is a paragraph of the report that set up the fund</extracomment>
            <translation>¶15: للصندوق وظيفة من الفئة الفنية (ف) ووظيفة من فئة الخدمات العامة (خ ع). وعندما تُحمَّل تكاليفهما على التبرعات، تُجنَّب تكلفتهما السنوية من الأموال المقبوضة قبل أي رعاية أو نشاط؛ أما في إطار الميزانية العادية، فتُخصَّص التبرعات للرعايات والأنشطة فقط.</translation>
        </message>
        <message>
            <source>¶23: the least an activity must be funded with; activities below it are not approved.</source>
            <extracomment>¶23 is a paragraph of the report that set up the fund</extracomment>
            <translation>¶23: أدنى تمويل يجب أن يحصل عليه النشاط؛ ولا يُوافَق على الأنشطة التي تقل عنه.</translation>
        </message>
        <message>
            <source>&amp;Save Settings</source>
            <extracomment>Button on the Settings page</extracomment>
            <translation>حفظ الإعدادات (&amp;S)</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>حفظ الإعدادات</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <extracomment>Shown beside the Save button once the settings are stored</extracomment>
            <translation>حُفظت الإعدادات.</translation>
        </message>
        <message>
            <source>Filter by name, kind, country, region, year…</source>
            <extracomment>Placeholder of the filter box above a table</extracomment>
            <translation>التصفية حسب الاسم أو النوع أو البلد أو المنطقة أو السنة…</translation>
        </message>
        <message>
            <source>Filter %1</source>
            <extracomment>Accessible name of the filter box above a table; %1 is the table's title</extracomment>
            <translation>تصفية %1</translation>
        </message>
        <message>
            <source>Totals</source>
            <extracomment>Accessible name of the line of totals under a table</extracomment>
            <translation>المجاميع</translation>
        </message>
        <message>
            <source>No co-applicant State: a national activity.</source>
            <extracomment>Under the co-applicant list when no State is ticked</extracomment>
            <translation>لا توجد دولة مشاركة في تقديم الطلب: نشاط وطني.</translation>
        </message>
        <message numerus="yes">
            <source>%n co-applicant State(s) chosen: %1</source>
            <extracomment>Under the co-applicant list: %1 lists the ticked States' names</extracomment>
            <translation>
                <numerusform>اختيرت %n دولة مشاركة في تقديم الطلب: %1</numerusform>
                <numerusform>اختيرت %n دولة مشاركة في تقديم الطلب: %1</numerusform>
                <numerusform>اختيرت %n دولتان مشاركتان في تقديم الطلب: %1</numerusform>
                <numerusform>اختيرت %n دول مشاركة في تقديم الطلب: %1</numerusform>
                <numerusform>اختيرت %n دولةً مشاركة في تقديم الطلب: %1</numerusform>
                <numerusform>اختيرت %n دولة مشاركة في تقديم الطلب: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Governance Consultation</source>
            <translation>مشاورة هيكل الحوكمة</translation>
        </message>
        <message>
            <source>&amp;Date of the consultation:</source>
            <extracomment>Form label: the day the governance structure was consulted (¶18)</extracomment>
            <translation>تاريخ المشاورة (&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Participants: States and members who took part, one per line:</source>
            <translation>المشاركون: الدول والأعضاء الذين شاركوا، واحد في كل سطر (&amp;P):</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>&amp;Advice per application:</source>
            <translation>الرأي بشأن كل طلب (&amp;A):</translation>
        </message>
        <message>
            <source>Advice per application</source>
            <translation>الرأي بشأن كل طلب</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Date of the consultation</source>
            <translation>تاريخ المشاورة</translation>
        </message>
        <message>
            <source>Stance</source>
            <extracomment>Column header: where the governance structure stands on the application</extracomment>
            <translation>الموقف</translation>
        </message>
        <message>
            <source>Advice</source>
            <extracomment>Column header: the advice given, in words</extracomment>
            <translation>الرأي</translation>
        </message>
        <message>
            <source>Not discussed</source>
            <extracomment>First choice of the stance combo: the application was not on the agenda</extracomment>
            <translation>لم يُناقش</translation>
        </message>
        <message>
            <source>Stance on %1</source>
            <extracomment>Accessible name of a stance box; %1 is the application's reference</extracomment>
            <translation>الموقف بشأن %1</translation>
        </message>
        <message>
            <source>Advice on %1</source>
            <extracomment>Accessible name of an advice box; %1 is the application's reference</extracomment>
            <translation>الرأي بشأن %1</translation>
        </message>
        <message>
            <source>Step 1: conflict of interest</source>
            <extracomment>Group title: the first step of a review</extracomment>
            <translation>الخطوة 1: تضارب المصالح</translation>
        </message>
        <message>
            <source>Step 2: scores (¶25)</source>
            <extracomment>Group title: the second step of a review</extracomment>
            <translation>الخطوة 2: الدرجات (¶25)</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <extracomment>File menu: replace the open fund with a backup copy</extracomment>
            <translation>استعادة (&amp;R)…</translation>
        </message>
        <message>
            <source>Replace the fund with a backup, after checking it</source>
            <translation>استبدال الصندوق بنسخة احتياطية بعد التحقق منها</translation>
        </message>
        <message>
            <source>&amp;Manual</source>
            <extracomment>Help menu: open the user manual</extracomment>
            <translation>الدليل (&amp;M)</translation>
        </message>
        <message>
            <source>Restore fund from backup</source>
            <extracomment>Title of the file dialog that picks a backup to restore</extracomment>
            <translation>استعادة الصندوق من نسخة احتياطية</translation>
        </message>
        <message>
            <source>Capacity-building activities</source>
            <extracomment>Accessible name of the Activities page</extracomment>
            <translation>أنشطة بناء القدرات</translation>
        </message>
        <message>
            <source>Ranking</source>
            <extracomment>Tab of the Activities page: applications by aggregate score</extracomment>
            <translation>الترتيب</translation>
        </message>
        <message>
            <source>Geographic Balance</source>
            <extracomment>Tab of the Activities page: amounts by region (¶25c)</extracomment>
            <translation>التوازن الجغرافي</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s) shown · requested %1</source>
            <extracomment>Under the activities table: %1 is the total requested such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>المعروض: %n طلب · المطلوب %1</numerusform>
                <numerusform>المعروض: %n طلب · المطلوب %1</numerusform>
                <numerusform>المعروض: %n طلبان · المطلوب %1</numerusform>
                <numerusform>المعروض: %n طلبات · المطلوب %1</numerusform>
                <numerusform>المعروض: %n طلبًا · المطلوب %1</numerusform>
                <numerusform>المعروض: %n طلب · المطلوب %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n below the funding floor</source>
            <extracomment>Under the activities table: how many shown applications are under the ¶23 floor</extracomment>
            <translation>
                <numerusform>%n طلب دون الحد الأدنى للتمويل</numerusform>
                <numerusform>%n طلب دون الحد الأدنى للتمويل</numerusform>
                <numerusform>%n طلبان دون الحد الأدنى للتمويل</numerusform>
                <numerusform>%n طلبات دون الحد الأدنى للتمويل</numerusform>
                <numerusform>%n طلبًا دون الحد الأدنى للتمويل</numerusform>
                <numerusform>%n طلب دون الحد الأدنى للتمويل</numerusform>
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
            <translation>تعديل طلب نشاط</translation>
        </message>
        <message>
            <source>Delete the activity application %1, “%2”?</source>
            <extracomment>%1 is the application's reference, %2 its title</extracomment>
            <translation>هل تريدون حذف طلب النشاط %1، «%2»؟</translation>
        </message>
        <message>
            <source>Delete Activity Application</source>
            <translation>حذف طلب نشاط</translation>
        </message>
        <message>
            <source>Export Scores</source>
            <translation>تصدير الدرجات</translation>
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
            <translation>ملفات CSV (*.csv)</translation>
        </message>
        <message>
            <source>Activity applications</source>
            <extracomment>Heading of the table of capacity-building activity applications</extracomment>
            <translation>طلبات الأنشطة</translation>
        </message>
        <message>
            <source>Filter by reference, title, State, partner…</source>
            <extracomment>Placeholder of the filter box above the activities table</extracomment>
            <translation>التصفية حسب المرجع أو العنوان أو الدولة أو الشريك…</translation>
        </message>
        <message>
            <source>Add activity application</source>
            <translation>إضافة طلب نشاط</translation>
        </message>
        <message>
            <source>Record a new application (Insert)</source>
            <translation>تسجيل طلب جديد (Insert)</translation>
        </message>
        <message>
            <source>Edit activity application</source>
            <translation>تعديل طلب النشاط</translation>
        </message>
        <message>
            <source>Edit the selected application (Enter)</source>
            <translation>تعديل الطلب المحدد (Enter)</translation>
        </message>
        <message>
            <source>Delete activity application</source>
            <translation>حذف طلب النشاط</translation>
        </message>
        <message>
            <source>Delete the selected application (Del)</source>
            <translation>حذف الطلب المحدد (Del)</translation>
        </message>
        <message>
            <source>Score activity application</source>
            <translation>إسناد درجات لطلب النشاط</translation>
        </message>
        <message>
            <source>Record governance consultation</source>
            <translation>تسجيل مشاورة هيكل الحوكمة</translation>
        </message>
        <message>
            <source>Export review scores</source>
            <translation>تصدير درجات المراجعة</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <extracomment>Filter above the activities table
----------
Filter above the sponsorship applications</extracomment>
            <translation>الحالة (&amp;T):</translation>
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation>المنطقة (&amp;G):</translation>
        </message>
        <message>
            <source>F&amp;ocus area:</source>
            <translation>مجال التركيز (&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>السنة (&amp;Y):</translation>
        </message>
        <message>
            <source>All statuses</source>
            <extracomment>First entry of a filter combo: no filtering</extracomment>
            <translation>جميع الحالات</translation>
        </message>
        <message>
            <source>All regions</source>
            <translation>جميع المناطق</translation>
        </message>
        <message>
            <source>All focus areas</source>
            <translation>جميع مجالات التركيز</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>جميع السنوات</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>التصفية حسب الحالة</translation>
        </message>
        <message>
            <source>Filter by region</source>
            <translation>التصفية حسب المنطقة</translation>
        </message>
        <message>
            <source>Filter by focus area</source>
            <translation>التصفية حسب مجال التركيز</translation>
        </message>
        <message>
            <source>Filter by year the activity runs in</source>
            <extracomment>Accessible name of the year filter: activities running in that year</extracomment>
            <translation>التصفية حسب سنة تنفيذ النشاط</translation>
        </message>
        <message>
            <source>Activities that run in the chosen year</source>
            <translation>الأنشطة التي تُنفَّذ في السنة المختارة</translation>
        </message>
        <message>
            <source>Requested in all: %1 · recommended in all: %2</source>
            <extracomment>Under the geographic balance: %1 total requested, %2 total recommended</extracomment>
            <translation>إجمالي المطلوب: %1 · إجمالي الموصى به: %2</translation>
        </message>
        <message>
            <source>Geographic balance (¶25c): what the applications request and what is recommended or beyond, by region. A regional activity counts in equal parts for each participating State. The dashed line in each bar and the last row show the equal share: the total divided equally.</source>
            <translation>التوازن الجغرافي (¶25c): المبالغ التي تطلبها الطلبات والمبالغ الموصى بها أو التي تجاوزت هذه المرحلة، حسب المنطقة. ويُحتسب النشاط الإقليمي بحصص متساوية لكل دولة مشاركة. ويبيّن الخط المتقطع في كل شريط والصف الأخير الحصة المتساوية: أي الإجمالي مقسومًا بالتساوي.</translation>
        </message>
        <message>
            <source>By M49 region</source>
            <extracomment>Heading of the table by M49 geographic region</extracomment>
            <translation>حسب منطقة M49</translation>
        </message>
        <message>
            <source>By UN regional group</source>
            <extracomment>Heading of the table by UN regional group</extracomment>
            <translation>حسب المجموعة الإقليمية للأمم المتحدة</translation>
        </message>
        <message numerus="yes">
            <source>%n of %1 candidate application(s) fit within the available balance of %2; the scored requests above the floor add up to %3.</source>
            <extracomment>Under the ranking: %1 the number of candidates, %2 the available balance, %3 the total requested by the scored applications above the floor</extracomment>
            <translation>
                <numerusform>يمكن تمويل %n من أصل %1 من الطلبات المرشحة ضمن الرصيد المتاح البالغ %2؛ ويبلغ مجموع الطلبات التي أُسندت إليها درجات وتتجاوز الحد الأدنى %3.</numerusform>
                <numerusform>يمكن تمويل طلب واحد (%n) من أصل %1 من الطلبات المرشحة ضمن الرصيد المتاح البالغ %2؛ ويبلغ مجموع الطلبات التي أُسندت إليها درجات وتتجاوز الحد الأدنى %3.</numerusform>
                <numerusform>يمكن تمويل طلبين (%n) من أصل %1 من الطلبات المرشحة ضمن الرصيد المتاح البالغ %2؛ ويبلغ مجموع الطلبات التي أُسندت إليها درجات وتتجاوز الحد الأدنى %3.</numerusform>
                <numerusform>يمكن تمويل %n طلبات من أصل %1 من الطلبات المرشحة ضمن الرصيد المتاح البالغ %2؛ ويبلغ مجموع الطلبات التي أُسندت إليها درجات وتتجاوز الحد الأدنى %3.</numerusform>
                <numerusform>يمكن تمويل %n طلبًا من أصل %1 من الطلبات المرشحة ضمن الرصيد المتاح البالغ %2؛ ويبلغ مجموع الطلبات التي أُسندت إليها درجات وتتجاوز الحد الأدنى %3.</numerusform>
                <numerusform>يمكن تمويل %n طلب من أصل %1 من الطلبات المرشحة ضمن الرصيد المتاح البالغ %2؛ ويبلغ مجموع الطلبات التي أُسندت إليها درجات وتتجاوز الحد الأدنى %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ranking by aggregate score</source>
            <extracomment>Heading of the ranking of activity applications by aggregate score</extracomment>
            <translation>الترتيب حسب الدرجة الإجمالية</translation>
        </message>
        <message>
            <source>Applications that are eligible, under review or recommended, highest aggregate score first. The running total adds up the scored requests above the minimum funding floor against the fund's available balance for this year.</source>
            <translation>الطلبات المستوفية للشروط أو قيد المراجعة أو الموصى بها، مرتبةً تنازليًا حسب الدرجة الإجمالية. ويجمع المجموع التراكمي الطلبات التي أُسندت إليها درجات وتتجاوز الحد الأدنى للتمويل، مقارنةً بالرصيد المتاح للصندوق لهذه السنة.</translation>
        </message>
        <message>
            <source>Ranking summary</source>
            <translation>ملخص الترتيب</translation>
        </message>
        <message>
            <source>US dollars</source>
            <extracomment>axis title of a chart of amounts</extracomment>
            <translation>دولارات الولايات المتحدة</translation>
        </message>
        <message>
            <source>Per cent</source>
            <extracomment>axis title of a chart of shares</extracomment>
            <translation>النسبة المئوية</translation>
        </message>
        <message>
            <source>Number</source>
            <extracomment>axis title of a chart of counts</extracomment>
            <translation>العدد</translation>
        </message>
        <message>
            <source>&amp;Save chart…</source>
            <extracomment>button under a chart</extracomment>
            <translation>حفظ الرسم البياني (&amp;S)…</translation>
        </message>
        <message>
            <source>Save as &amp;PNG…</source>
            <translation>حفظ بصيغة PNG (&amp;P)…</translation>
        </message>
        <message>
            <source>Save as S&amp;VG…</source>
            <translation>حفظ بصيغة SVG (&amp;V)…</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>حفظ الرسم البياني</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>صورة PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>رسم SVG (*.svg)</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>صورة PNG (*.png);;رسم SVG (*.svg)</translation>
        </message>
        <message>
            <source>Chart: %1. Right-click to save it as PNG or SVG.</source>
            <extracomment>accessible description of a chart; %1 is its title</extracomment>
            <translation>رسم بياني: %1. يرجى النقر بزر الفأرة الأيمن لحفظه بصيغة PNG أو SVG.</translation>
        </message>
        <message>
            <source>Save the chart “%1”</source>
            <extracomment>%1 is a chart's title</extracomment>
            <translation>حفظ الرسم البياني «%1»</translation>
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
            <translation>يبدأ الطلب الجديد بحالة «مسودة» أو «مقدَّم»؛ وينتقل الطلب المحفوظ إلى حالته التالية باستخدام «سير العمل…» في صفحة الأنشطة.</translation>
        </message>
        <message>
            <source>%1 · %2 — remaining %3</source>
            <extracomment>an item in the payment dialog: %1 reference, %2 title, %3 what remains to pay</extracomment>
            <translation>%1 · %2 — المتبقي %3</translation>
        </message>
        <message>
            <source>No item has been paid yet: there is nothing to refund.</source>
            <translation>لم يُدفع أي مبلغ على أي بند بعد: لا يوجد ما يُسترد.</translation>
        </message>
        <message>
            <source>No approved or active item: a payment needs one.</source>
            <translation>لا يوجد بند موافق عليه أو جارٍ: تتطلب الدفعة بندًا من هذا القبيل.</translation>
        </message>
        <message>
            <source>Committed %1 · paid %2 · remaining %3</source>
            <extracomment>%1 committed, %2 paid so far, %3 what remains, all with currency</extracomment>
            <translation>الملتزم به %1 · المدفوع %2 · المتبقي %3</translation>
        </message>
        <message>
            <source>Choose the approved item the payment is for.</source>
            <translation>يرجى اختيار البند الموافق عليه الذي تُسدَّد الدفعة مقابله.</translation>
        </message>
        <message>
            <source>Enter the amount paid.</source>
            <translation>يرجى إدخال المبلغ المدفوع.</translation>
        </message>
        <message>
            <source>“%1” is not an amount. Type digits, with the decimals after the decimal sign.</source>
            <translation>«%1» ليس مبلغًا. يرجى كتابة أرقام، مع وضع الكسور العشرية بعد الفاصلة العشرية.</translation>
        </message>
        <message>
            <source>Record a Refund</source>
            <translation>تسجيل استرداد</translation>
        </message>
        <message>
            <source>Record a Payment</source>
            <translation>تسجيل دفعة</translation>
        </message>
        <message>
            <source>&amp;Item:</source>
            <extracomment>the approved sponsorship or activity a payment is made against</extracomment>
            <translation>البند (&amp;I):</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>التاريخ (&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>المبلغ (&amp;A):</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <extracomment>Form label: the currency the fund's books are kept in (always USD)</extracomment>
            <translation>العملة (&amp;U):</translation>
        </message>
        <message>
            <source>USD &amp;rate:</source>
            <translation>السعر مقابل USD (&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Payee:</source>
            <translation>المستفيد من الدفعة (&amp;P):</translation>
        </message>
        <message>
            <source>Re&amp;ference:</source>
            <translation>المرجع (&amp;F):</translation>
        </message>
        <message>
            <source>Reas&amp;on for the refund:</source>
            <translation>سبب الاسترداد (&amp;O):</translation>
        </message>
        <message>
            <source>Item</source>
            <extracomment>the approved sponsorship or activity a payment is made against</extracomment>
            <translation>البند</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>العملة</translation>
        </message>
        <message>
            <source>USD rate</source>
            <translation>السعر مقابل USD</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>المستفيد من الدفعة</translation>
        </message>
        <message>
            <source>Reason for the refund</source>
            <translation>سبب الاسترداد</translation>
        </message>
        <message>
            <source>The approved or active items, each with what remains to pay.</source>
            <translation>البنود الموافق عليها أو الجارية، مع المبلغ المتبقي دفعه لكل منها.</translation>
        </message>
        <message>
            <source>How many US dollars one unit of the currency was worth on the day.</source>
            <translation>عدد دولارات الولايات المتحدة التي كانت تعادل وحدة واحدة من العملة في ذلك اليوم.</translation>
        </message>
        <message>
            <source>&amp;Record refund</source>
            <translation>تسجيل الاسترداد (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Record payment</source>
            <translation>تسجيل الدفعة (&amp;R)</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of the CSV file, %2 the problem</extracomment>
            <translation>السطر %1: %2</translation>
        </message>
        <message>
            <source>Line %1, column %2: %3</source>
            <extracomment>%1 is a line number of the CSV file, %2 a column name, %3 the problem</extracomment>
            <translation>السطر %1، العمود %2: %3</translation>
        </message>
        <message>
            <source>Choose the CSV file to import</source>
            <translation>اختيار ملف CSV المراد استيراده</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <extracomment>file type filter in a file dialog</extracomment>
            <translation>ملفات CSV (*.csv);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>“%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>تعذّر فتح «%1». يرجى التحقق من اسمه ومن أن لديكم إذنًا بقراءته.</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <extracomment>Shown while the import file is being checked</extracomment>
            <translation>جارٍ فحص الملف…</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <extracomment>The user cancelled the check of an import file</extracomment>
            <translation>أُلغي الفحص.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) checked, no problem found. Import writes them all at once.</source>
            <extracomment>%n is the number of rows of the file</extracomment>
            <translation>
                <numerusform>فُحص %n صف، ولم يُعثر على أي مشكلة. ويكتب الاستيراد جميع الصفوف دفعة واحدة.</numerusform>
                <numerusform>فُحص %n صف، ولم يُعثر على أي مشكلة. ويكتب الاستيراد الصف دفعة واحدة.</numerusform>
                <numerusform>فُحص %n صفان، ولم يُعثر على أي مشكلة. ويكتب الاستيراد الصفين دفعة واحدة.</numerusform>
                <numerusform>فُحصت %n صفوف، ولم يُعثر على أي مشكلة. ويكتب الاستيراد جميع الصفوف دفعة واحدة.</numerusform>
                <numerusform>فُحص %n صفًا، ولم يُعثر على أي مشكلة. ويكتب الاستيراد جميع الصفوف دفعة واحدة.</numerusform>
                <numerusform>فُحص %n صف، ولم يُعثر على أي مشكلة. ويكتب الاستيراد جميع الصفوف دفعة واحدة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found. Correct the file and check it again: nothing is imported while any remains.</source>
            <extracomment>%n is the number of problems; nothing is imported until all are corrected</extracomment>
            <translation>
                <numerusform>عُثر على %n مشكلة. يرجى تصحيح الملف وفحصه مرة أخرى: لن يُستورد أي شيء ما دامت هناك أي مشكلة.</numerusform>
                <numerusform>عُثر على %n مشكلة. يرجى تصحيح الملف وفحصه مرة أخرى: لن يُستورد أي شيء ما دامت المشكلة قائمة.</numerusform>
                <numerusform>عُثر على %n مشكلتين. يرجى تصحيح الملف وفحصه مرة أخرى: لن يُستورد أي شيء ما دامت أي منهما قائمة.</numerusform>
                <numerusform>عُثر على %n مشكلات. يرجى تصحيح الملف وفحصه مرة أخرى: لن يُستورد أي شيء ما دامت أي منها قائمة.</numerusform>
                <numerusform>عُثر على %n مشكلةً. يرجى تصحيح الملف وفحصه مرة أخرى: لن يُستورد أي شيء ما دامت أي منها قائمة.</numerusform>
                <numerusform>عُثر على %n مشكلة. يرجى تصحيح الملف وفحصه مرة أخرى: لن يُستورد أي شيء ما دامت أي منها قائمة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <extracomment>Shown while the rows of an import file are written</extracomment>
            <translation>جارٍ الاستيراد…</translation>
        </message>
        <message>
            <source>Choose the kind of records and the CSV file, then check it.</source>
            <extracomment>How the import dialog starts</extracomment>
            <translation>يرجى اختيار نوع السجلات وملف CSV، ثم فحصه.</translation>
        </message>
        <message>
            <source>Import from CSV</source>
            <extracomment>Title of the import dialog</extracomment>
            <translation>الاستيراد من ملف CSV</translation>
        </message>
        <message>
            <source>&amp;Kind of records:</source>
            <translation>نوع السجلات (&amp;K):</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <extracomment>Form label: the file the new fund is saved in</extracomment>
            <translation>الملف (&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>استعراض (&amp;B)…</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>فحص (&amp;H)</translation>
        </message>
        <message>
            <source>The conditions of the receipts in this file do not restrict their use to specific activities (no earmarking, ¶19)</source>
            <translation>لا تقصر شروط المبالغ المقبوضة الواردة في هذا الملف استخدامها على أنشطة محددة (لا تخصيص للغرض، ¶19)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <extracomment>Button in the banner shown while a fund opens</extracomment>
            <translation>إلغاء (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <extracomment>Button of the import dialog: write the checked file's rows</extracomment>
            <translation>استيراد (&amp;I)</translation>
        </message>
        <message>
            <source>Kind of records</source>
            <translation>نوع السجلات</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>ملف CSV</translation>
        </message>
        <message>
            <source>Path of a UTF-8 CSV file, comma or semicolon</source>
            <translation>مسار ملف CSV بترميز UTF-8، تُفصل حقوله بفاصلة أو بفاصلة منقوطة</translation>
        </message>
        <message>
            <source>Receipts' conditions are not earmarks</source>
            <translation>شروط المبالغ المقبوضة لا تمثل تخصيصًا للغرض</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>التقدم</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>نتيجة الفحص</translation>
        </message>
        <message>
            <source>Rows of the file</source>
            <translation>صفوف الملف</translation>
        </message>
        <message>
            <source>Every row of the file with the problems found in it, in the last column</source>
            <translation>كل صف من صفوف الملف مع المشكلات التي عُثر عليها فيه، في العمود الأخير</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translation>المشكلات التي عُثر عليها</translation>
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
            <translation>السطر</translation>
        </message>
        <message>
            <source>Problems</source>
            <extracomment>Column of the import preview: what is wrong with the row</extracomment>
            <translation>المشكلات</translation>
        </message>
        <message>
            <source>One delegate: from %1 to %2 by region of origin</source>
            <extracomment>Live under the cost norms: %1 the cheapest, %2 the dearest estimate for one delegate</extracomment>
            <translation>مندوب واحد: من %1 إلى %2 حسب منطقة المنشأ</translation>
        </message>
        <message>
            <source>Meeting %1</source>
            <translation>الاجتماع %1</translation>
        </message>
        <message>
            <source>New Meeting</source>
            <translation>اجتماع جديد</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>المدينة (&amp;C):</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <extracomment>Form label: the first day of the meeting</extracomment>
            <translation>اليوم الأول (&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>اليوم الأخير (&amp;L):</translation>
        </message>
        <message>
            <source>Formal &amp;meeting days:</source>
            <extracomment>Form label: the days of formal meetings a sponsored delegate attends (¶21d)</extracomment>
            <translation>أيام الجلسات الرسمية (&amp;M):</translation>
        </message>
        <message>
            <source>Airfare by region of origin (USD):</source>
            <extracomment>Form label above the return airfare estimated per region the delegate travels from</extracomment>
            <translation>أجرة السفر جوًا حسب منطقة المنشأ (USD):</translation>
        </message>
        <message>
            <source>&amp;DSA rate per day (USD):</source>
            <extracomment>Form label: the daily subsistence allowance rate, in USD</extracomment>
            <translation>معدل بدل الإقامة اليومي (USD) (&amp;D):</translation>
        </message>
        <message>
            <source>DSA da&amp;ys:</source>
            <extracomment>Form label: how many days of daily subsistence allowance are paid</extracomment>
            <translation>أيام بدل الإقامة اليومي (&amp;Y):</translation>
        </message>
        <message>
            <source>&amp;Terminal expenses (USD):</source>
            <extracomment>Form label: the terminal expenses of the trip, in USD</extracomment>
            <translation>النفقات النهائية (USD) (&amp;T):</translation>
        </message>
        <message>
            <source>Per delegate:</source>
            <extracomment>Form label: what one delegate costs under these norms</extracomment>
            <translation>لكل مندوب:</translation>
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
            <translation>أجرة السفر جوًا من %1 بعملة USD</translation>
        </message>
        <message>
            <source>Such as PM-2026-1</source>
            <translation>مثل PM-2026-1</translation>
        </message>
        <message>
            <source>Close %1? Its records will refuse every change until the year is reopened, with a reason.</source>
            <translation>هل تريدون إقفال السنة %1؟ لن تقبل سجلاتها أي تغيير حتى يُعاد فتح السنة مع ذكر السبب.</translation>
        </message>
        <message>
            <source>Reopen %1? Its records can be changed again; the reason is kept on record.</source>
            <translation>هل تريدون إعادة فتح السنة %1؟ سيصبح من الممكن تغيير سجلاتها مرة أخرى؛ ويُحفظ السبب في السجل.</translation>
        </message>
        <message>
            <source>Enter the reason for reopening the year: it is kept on record.</source>
            <translation>يرجى إدخال سبب إعادة فتح السنة: إذ يُحفظ في السجل.</translation>
        </message>
        <message>
            <source>Close a Year</source>
            <translation>إقفال سنة</translation>
        </message>
        <message>
            <source>Reopen a Year</source>
            <translation>إعادة فتح سنة</translation>
        </message>
        <message>
            <source>A closed year refuses changes to its records: payments, approvals and other writes dated in it. Only the fund manager can close a year.</source>
            <translation>لا تقبل السنة المقفلة أي تغيير في سجلاتها: المدفوعات والموافقات وغيرها من القيود المؤرخة فيها. ولا يمكن إقفال سنة إلا لمدير الصندوق.</translation>
        </message>
        <message>
            <source>Reopening allows changes to the year's records again. The reason is kept on record with your name.</source>
            <translation>تتيح إعادة الفتح تغيير سجلات السنة مرة أخرى. ويُحفظ السبب في السجل مقرونًا باسمكم.</translation>
        </message>
        <message>
            <source>&amp;Year to close:</source>
            <translation>السنة المراد إقفالها (&amp;Y):</translation>
        </message>
        <message>
            <source>&amp;Year to reopen:</source>
            <translation>السنة المراد إعادة فتحها (&amp;Y):</translation>
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation>السبب (مطلوب) (&amp;R):</translation>
        </message>
        <message>
            <source>Year to close</source>
            <translation>السنة المراد إقفالها</translation>
        </message>
        <message>
            <source>Year to reopen</source>
            <translation>السنة المراد إعادة فتحها</translation>
        </message>
        <message>
            <source>Reason for reopening</source>
            <translation>سبب إعادة الفتح</translation>
        </message>
        <message>
            <source>&amp;Close year</source>
            <translation>إقفال السنة (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Reopen year</source>
            <translation>إعادة فتح السنة (&amp;R)</translation>
        </message>
        <message>
            <source>New Profile</source>
            <translation>ملف تعريف جديد</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>The fund manager recommends, the High Representative's office approves.</source>
            <translation>يوصي مدير الصندوق، ويوافق مكتب الممثل السامي.</translation>
        </message>
        <message>
            <source>&amp;Create profile</source>
            <translation>إنشاء ملف التعريف (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>الدور (&amp;R):</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s).</source>
            <extracomment>%n is the number of records listed</extracomment>
            <translation>
                <numerusform>%n سجل.</numerusform>
                <numerusform>%n سجل.</numerusform>
                <numerusform>%n سجلان.</numerusform>
                <numerusform>%n سجلات.</numerusform>
                <numerusform>%n سجلًا.</numerusform>
                <numerusform>%n سجل.</numerusform>
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
            <translation>لم يُقيَّم</translation>
        </message>
        <message>
            <source>Met</source>
            <extracomment>Choice for a ¶21 criterion</extracomment>
            <translation>مستوفى</translation>
        </message>
        <message>
            <source>Not met</source>
            <extracomment>Choice for a ¶21 criterion</extracomment>
            <translation>غير مستوفى</translation>
        </message>
        <message>
            <source>Criterion %1</source>
            <extracomment>Accessible name of a criterion's choice; %1 is "¶21(a)"</extracomment>
            <translation>المعيار %1</translation>
        </message>
        <message>
            <source>Evidence for %1</source>
            <extracomment>Accessible name of a criterion's evidence box; %1 is "¶21(a)"</extracomment>
            <translation>الأدلة المتعلقة بـ %1</translation>
        </message>
        <message>
            <source>Evidence seen, such as the nominating letter</source>
            <translation>الأدلة التي اطُّلع عليها، مثل رسالة الترشيح</translation>
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
            <translation>طلب رعاية — %1</translation>
        </message>
        <message>
            <source>New Sponsorship Application</source>
            <translation>طلب رعاية جديد</translation>
        </message>
        <message>
            <source>Criteria (¶21)</source>
            <extracomment>Tab of the sponsorship form: the five criteria of ¶21</extracomment>
            <translation>المعايير (¶21)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>التكلفة</translation>
        </message>
        <message>
            <source>After the Meeting</source>
            <extracomment>Tab of the sponsorship form: attendance, report and actual cost</extracomment>
            <translation>بعد الاجتماع</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>الاجتماع (&amp;M):</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>نوع الجنس (&amp;G):</translation>
        </message>
        <message>
            <source>M&amp;inistry or agency:</source>
            <translation>الوزارة أو الوكالة (&amp;I):</translation>
        </message>
        <message>
            <source>Capital-&amp;based:</source>
            <extracomment>Form label: whether the official works in the capital (¶21a)</extracomment>
            <translation>يعمل في العاصمة (&amp;B):</translation>
        </message>
        <message>
            <source>C&amp;ontact:</source>
            <translation>جهة الاتصال (&amp;O):</translation>
        </message>
        <message>
            <source>Nominating &amp;letter:</source>
            <translation>رسالة الترشيح (&amp;L):</translation>
        </message>
        <message>
            <source>S&amp;core:</source>
            <extracomment>Form label: the reviewer's score, 0 to 100</extracomment>
            <translation>الدرجة (&amp;C):</translation>
        </message>
        <message>
            <source>Dra&amp;ft:</source>
            <translation>مسودة (&amp;F):</translation>
        </message>
        <message>
            <source>Not&amp;es:</source>
            <translation>ملاحظات (&amp;E):</translation>
        </message>
        <message>
            <source>Estimated cost:</source>
            <extracomment>Form label: the cost computed from the meeting's norms</extracomment>
            <translation>التكلفة التقديرية:</translation>
        </message>
        <message>
            <source>Set the cost by &amp;hand:</source>
            <translation>تحديد التكلفة يدويًا (&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Cost (USD):</source>
            <translation>التكلفة (USD) (&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <extracomment>Form label: why the cost differs from the meeting's norms (mandatory)</extracomment>
            <translation>السبب (&amp;R):</translation>
        </message>
        <message>
            <source>Attended all formal &amp;meetings:</source>
            <extracomment>Form label: did the delegate attend all formal meetings (¶21d)</extracomment>
            <translation>حضر جميع الجلسات الرسمية (&amp;M):</translation>
        </message>
        <message>
            <source>&amp;Report received:</source>
            <extracomment>Form label: did the delegate share a report with the fund manager (¶21e)</extracomment>
            <translation>استُلم التقرير (&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Actual cost (USD):</source>
            <translation>التكلفة الفعلية (USD) (&amp;A):</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <extracomment>Choice for attendance at all formal meetings: nobody has said yet</extracomment>
            <translation>غير معروف بعد</translation>
        </message>
        <message>
            <source>Yes, confirmed</source>
            <translation>نعم، مؤكد</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>Works in the capital (¶21a)</source>
            <translation>يعمل في العاصمة (¶21a)</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>تم الاستلام</translation>
        </message>
        <message>
            <source>Not yet submitted for screening</source>
            <translation>لم يُقدَّم للفحص بعد</translation>
        </message>
        <message>
            <source>Shared with the fund manager (¶21e)</source>
            <translation>قُدِّم إلى مدير الصندوق (¶21e)</translation>
        </message>
        <message>
            <source>Use my own figure instead of the meeting's norms</source>
            <translation>استخدام الرقم الذي أحدده بدلًا من المعايير المحددة للاجتماع</translation>
        </message>
        <message>
            <source>No score</source>
            <extracomment>Shown in the score box when the reviewer has not scored the application</extracomment>
            <translation>لا توجد درجة</translation>
        </message>
        <message>
            <source>Such as a known cheaper fare or a longer trip</source>
            <translation>مثل أجرة معروفة أرخص أو رحلة أطول</translation>
        </message>
        <message>
            <source>E-mail or telephone</source>
            <translation>البريد الإلكتروني أو الهاتف</translation>
        </message>
        <message>
            <source>Criteria of ¶21</source>
            <translation>معايير ¶21</translation>
        </message>
        <message>
            <source>Screening against ¶21</source>
            <translation>الفحص وفق ¶21</translation>
        </message>
        <message>
            <source>Enter the cost in USD, or clear “Use my own figure”.</source>
            <translation>يرجى إدخال التكلفة بعملة USD، أو إلغاء تحديد «استخدام الرقم الذي أحدده».</translation>
        </message>
        <message>
            <source>Eligible: the application meets all five criteria of ¶21.</source>
            <translation>مؤهل: يستوفي الطلب جميع المعايير الخمسة الواردة في ¶21.</translation>
        </message>
        <message>
            <source>Ineligible — it cannot be recommended:</source>
            <extracomment>Heading of the screening lines when a ¶21 criterion fails</extracomment>
            <translation>غير مؤهل — لا يمكن التوصية به:</translation>
        </message>
        <message>
            <source>• %1</source>
            <extracomment>One line of the screening: a failing criterion in words</extracomment>
            <translation>• %1</translation>
        </message>
        <message>
            <source>Still to assess: %1.</source>
            <extracomment>%1 lists criteria such as "¶21(d) and ¶21(e)"</extracomment>
            <translation>لم يُقيَّم بعد: %1.</translation>
        </message>
        <message>
            <source>%1, from the meeting's norms for the State's region</source>
            <extracomment>The live estimate; %1 is an amount such as USD 5,656.00</extracomment>
            <translation>%1، وفقًا للمعايير المحددة للاجتماع بالنسبة إلى منطقة الدولة</translation>
        </message>
        <message>
            <source>New fund</source>
            <extracomment>Title of the file dialog that picks where a new fund is saved</extracomment>
            <translation>صندوق جديد</translation>
        </message>
        <message>
            <source>FundDesk funds (*.funddesk)</source>
            <translation>صناديق FundDesk (*.funddesk)</translation>
        </message>
        <message>
            <source>Give the fund a name: it heads every report and packet.</source>
            <translation>يرجى تسمية الصندوق: إذ يتصدر اسمه كل تقرير وكل حزمة.</translation>
        </message>
        <message>
            <source>“%1” is not an amount in US dollars. Enter the threshold as a number such as 250000, or leave it empty to set it later.</source>
            <extracomment>%1 is the amount typed</extracomment>
            <translation>«%1» ليس مبلغًا بدولارات الولايات المتحدة. يرجى إدخال الحد الأدنى في شكل عدد مثل 250000، أو ترك الحقل فارغًا لتحديده لاحقًا.</translation>
        </message>
        <message>
            <source>Choose the file the new fund is saved in.</source>
            <translation>يرجى اختيار الملف الذي يُحفظ فيه الصندوق الجديد.</translation>
        </message>
        <message>
            <source>“%1” already exists; a new fund never replaces a file. Choose another name.</source>
            <translation>«%1» موجود بالفعل؛ ولا يحل صندوق جديد محل ملف موجود أبدًا. يرجى اختيار اسم آخر.</translation>
        </message>
        <message>
            <source>Welcome to FundDesk</source>
            <translation>مرحبًا بكم في FundDesk</translation>
        </message>
        <message>
            <source>There is no fund on this computer yet. Create the fund you manage, open a fund file you already have, or explore a demo fund with realistic records first.</source>
            <translation>لا يوجد صندوق على هذا الحاسوب بعد. يمكنكم إنشاء الصندوق الذي تديرونه، أو فتح ملف صندوق موجود لديكم، أو استكشاف صندوق تجريبي بسجلات واقعية أولًا.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <extracomment>Label of the interface language choice in the welcome dialog
----------
Form label: the language of FundDesk's windows</extracomment>
            <translation>اللغة (&amp;L):</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>The language of FundDesk's windows; it changes at once.</source>
            <translation>لغة نوافذ FundDesk؛ وتتغير فورًا.</translation>
        </message>
        <message>
            <source>A new fund</source>
            <extracomment>Group title in the welcome dialog</extracomment>
            <translation>صندوق جديد</translation>
        </message>
        <message>
            <source>Fund name</source>
            <translation>اسم الصندوق</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building</source>
            <extracomment>Placeholder of the fund name; an example, translate freely</extracomment>
            <translation>صندوق الأمم المتحدة للتبرعات لبناء القدرات في مجال أمن تكنولوجيات المعلومات والاتصالات</translation>
        </message>
        <message>
            <source>The fund's books are kept in US dollars.</source>
            <translation>تُمسك دفاتر الصندوق بدولارات الولايات المتحدة.</translation>
        </message>
        <message>
            <source>Operational threshold (USD)</source>
            <translation>الحد الأدنى لبدء التشغيل (USD)</translation>
        </message>
        <message>
            <source>¶16: the fund operates once its receipts reach this amount. Leave it empty to set it later in Settings.</source>
            <translation>¶16: يبدأ تشغيل الصندوق متى بلغت مقبوضاته هذا المبلغ. ويمكن ترك الحقل فارغًا لتحديده لاحقًا في الإعدادات.</translation>
        </message>
        <message>
            <source>Fund file</source>
            <translation>ملف الصندوق</translation>
        </message>
        <message>
            <source>C&amp;hange…</source>
            <extracomment>Button: choose another file for the new fund</extracomment>
            <translation>تغيير (&amp;H)…</translation>
        </message>
        <message>
            <source>Choose the fund file</source>
            <translation>اختيار ملف الصندوق</translation>
        </message>
        <message>
            <source>C&amp;reate the fund</source>
            <translation>إنشاء الصندوق (&amp;R)</translation>
        </message>
        <message>
            <source>Create the fund</source>
            <translation>إنشاء الصندوق</translation>
        </message>
        <message>
            <source>Or:</source>
            <extracomment>Welcome dialog, before the buttons that open a file or the demo fund</extracomment>
            <translation>أو:</translation>
        </message>
        <message>
            <source>&amp;Open an existing fund…</source>
            <translation>فتح صندوق موجود (&amp;O)…</translation>
        </message>
        <message>
            <source>Open an existing fund</source>
            <translation>فتح صندوق موجود</translation>
        </message>
        <message>
            <source>E&amp;xplore the demo fund</source>
            <translation>استكشاف الصندوق التجريبي (&amp;X)</translation>
        </message>
        <message>
            <source>Explore the demo fund</source>
            <translation>استكشاف الصندوق التجريبي</translation>
        </message>
        <message>
            <source>A fictitious fund with three years of realistic records, to try FundDesk before entering your own.</source>
            <translation>صندوق وهمي يتضمن سجلات واقعية لثلاث سنوات، لتجربة FundDesk قبل إدخال سجلاتكم الخاصة.</translation>
        </message>
        <message>
            <source>Propose an amended amount</source>
            <translation>اقتراح مبلغ معدَّل</translation>
        </message>
        <message>
            <source>Approve the amended amount</source>
            <translation>الموافقة على المبلغ المعدَّل</translation>
        </message>
        <message>
            <source>Reject the amended amount</source>
            <translation>رفض المبلغ المعدَّل</translation>
        </message>
        <message>
            <source>“%1” is not an amount in USD. Type it like %2.</source>
            <extracomment>%1 is what the user typed</extracomment>
            <translation>«%1» ليس مبلغًا بعملة USD. يرجى كتابته على غرار %2.</translation>
        </message>
        <message>
            <source>Enter the new amount in USD.</source>
            <translation>يرجى إدخال المبلغ الجديد بعملة USD.</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>سير العمل</translation>
        </message>
        <message>
            <source>Current status: %1</source>
            <extracomment>%1 is a status such as "Under review"</extracomment>
            <translation>الحالة الحالية: %1</translation>
        </message>
        <message>
            <source>Committed: %1 (approved: %2)</source>
            <extracomment>%1 the amount committed now, %2 the amount approved at first</extracomment>
            <translation>الملتزم به: %1 (الموافق عليه: %2)</translation>
        </message>
        <message>
            <source>Amendment awaiting a decision: %1, “%2”</source>
            <extracomment>%1 the amount proposed in an amendment awaiting a decision</extracomment>
            <translation>تعديل في انتظار البت فيه: %1، «%2»</translation>
        </message>
        <message>
            <source>Acting as: %1 (%2)</source>
            <extracomment>%1 a person's name, %2 their role</extracomment>
            <translation>العمل بصفة: %1 (%2)</translation>
        </message>
        <message>
            <source>No profile is chosen: choose yours with Profile in the status bar before changing a status.</source>
            <translation>لم يُختر أي ملف تعريف: يرجى اختيار ملف التعريف الخاص بكم عن طريق «ملف التعريف» في شريط الحالة قبل تغيير أي حالة.</translation>
        </message>
        <message>
            <source>&amp;Next step:</source>
            <translation>الخطوة التالية (&amp;N):</translation>
        </message>
        <message>
            <source>This is a final status: no step is allowed from here.</source>
            <translation>هذه حالة نهائية: لا يُسمح بأي خطوة انطلاقًا منها.</translation>
        </message>
        <message>
            <source>Written &amp;justification (required):</source>
            <translation>المبررات المكتوبة (مطلوبة) (&amp;J):</translation>
        </message>
        <message>
            <source>&amp;Note (optional):</source>
            <translation>ملاحظة (اختيارية) (&amp;N):</translation>
        </message>
        <message>
            <source>New &amp;amount in USD (required):</source>
            <translation>المبلغ الجديد بعملة USD (مطلوب) (&amp;A):</translation>
        </message>
        <message>
            <source>Approved &amp;amount in USD (empty: the amount requested):</source>
            <translation>المبلغ الموافق عليه بعملة USD (إذا تُرك فارغًا: المبلغ المطلوب) (&amp;A):</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>الخطوة التالية</translation>
        </message>
        <message>
            <source>Only the steps allowed from the current status are listed.</source>
            <translation>لا تُدرج إلا الخطوات المسموح بها انطلاقًا من الحالة الحالية.</translation>
        </message>
        <message>
            <source>Written justification</source>
            <translation>المبررات المكتوبة</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Amount in USD</source>
            <translation>المبلغ بعملة USD</translation>
        </message>
        <message>
            <source>&amp;Record step</source>
            <translation>تسجيل الخطوة (&amp;R)</translation>
        </message>
        <message>
            <source>Print preview — %1</source>
            <translation>معاينة الطباعة — %1</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>معاينة الطباعة</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>طباعة %1</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>حفظ بصيغة PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <extracomment>file type filter in the save dialog</extracomment>
            <translation>وثائق PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>جارٍ كتابة %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Writing the PDF</source>
            <translation>جارٍ كتابة ملف PDF</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2. Choose a folder you can write to.</source>
            <translation>تتعذر كتابة «%1»: %2. يرجى اختيار مجلد لديكم إذن بالكتابة فيه.</translation>
        </message>
        <message>
            <source>Contributions received in %1 (¶17)</source>
            <extracomment>%1 a year</extracomment>
            <translation>التبرعات المقبوضة في %1 (¶17)</translation>
        </message>
        <message>
            <source>Contributions are published unless the donor asks otherwise (¶17). Amounts in US dollars.</source>
            <translation>تُنشر التبرعات ما لم تطلب الجهة المانحة خلاف ذلك (¶17). المبالغ بدولارات الولايات المتحدة.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message>
            <source>Made %1 UTC · record SHA-256 %2</source>
            <extracomment>document footer: %1 date and time made (UTC), %2 the SHA-256 of the record shown</extracomment>
            <translation>أُعدّ في %1 بتوقيت UTC · قيمة SHA-256 للسجل: %2</translation>
        </message>
        <message>
            <source>Cannot create the folder “%1”. Choose a folder you can write to.</source>
            <translation>يتعذر إنشاء المجلد «%1». يرجى اختيار مجلد لديكم إذن بالكتابة فيه.</translation>
        </message>
        <message>
            <source>Document &amp;language:</source>
            <extracomment>the language a document is written in, not the interface's</extracomment>
            <translation>لغة الوثيقة (&amp;L):</translation>
        </message>
        <message>
            <source>Document language</source>
            <translation>لغة الوثيقة</translation>
        </message>
        <message>
            <source>The language the document is written in; the interface keeps its own.</source>
            <translation>اللغة التي تُكتب بها الوثيقة؛ وتحتفظ الواجهة بلغتها الخاصة.</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>الورق (&amp;P):</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>حجم الورق</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>مقاس Letter الأمريكي</translation>
        </message>
        <message>
            <source>The document was cancelled; nothing was written.</source>
            <translation>أُلغيت الوثيقة؛ لم يُكتب أي شيء.</translation>
        </message>
        <message>
            <source>Slate packet</source>
            <translation>حزمة القائمة المختارة</translation>
        </message>
        <message>
            <source>Approval packet</source>
            <translation>حزمة الموافقة</translation>
        </message>
        <message>
            <source>Meeting reference</source>
            <translation>مرجع الاجتماع</translation>
        </message>
        <message>
            <source>Item reference</source>
            <translation>مرجع البند</translation>
        </message>
        <message>
            <source>The meeting whose recommended and approved delegates go in one packet.</source>
            <translation>الاجتماع الذي يُجمع مندوبوه الموصى بهم والموافق عليهم في حزمة واحدة.</translation>
        </message>
        <message>
            <source>An activity's reference such as CB-2026-014, or SP- and a sponsorship's number such as SP-12.</source>
            <translation>مرجع نشاط مثل CB-2026-014، أو SP- متبوعًا برقم الرعاية مثل SP-12.</translation>
        </message>
        <message>
            <source>PM-2026-1</source>
            <translation>PM-2026-1</translation>
        </message>
        <message>
            <source>CB-2026-014 or SP-12</source>
            <translation>CB-2026-014 أو SP-12</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>خطأ</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>معاينة (&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>طباعة (&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>حفظ بصيغة PDF (&amp;S)…</translation>
        </message>
        <message>
            <source>Print preview of the packet</source>
            <translation>معاينة طباعة الحزمة</translation>
        </message>
        <message>
            <source>Print the packet</source>
            <translation>طباعة الحزمة</translation>
        </message>
        <message>
            <source>Save the packet as a PDF file</source>
            <translation>حفظ الحزمة في ملف PDF</translation>
        </message>
        <message>
            <source>Public contributions list %1 — preview</source>
            <extracomment>%1 a year</extracomment>
            <translation>القائمة العامة للتبرعات %1 — معاينة</translation>
        </message>
        <message>
            <source>&amp;What the public page and CSV show:</source>
            <translation>ما تعرضه الصفحة العامة وملف CSV (&amp;W):</translation>
        </message>
        <message>
            <source>Published lines</source>
            <translation>الأسطر المنشورة</translation>
        </message>
        <message>
            <source>What they &amp;withhold, and why (internal — not published):</source>
            <translation>ما تحجبه، وسبب ذلك (داخلي — غير منشور) (&amp;W):</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>الموافقة على النشر</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Withheld contributions</source>
            <translation>التبرعات المحجوبة</translation>
        </message>
        <message>
            <source>Contributions whose donor asked for anonymity or not to be published.</source>
            <translation>التبرعات التي طلبت جهاتها المانحة عدم الكشف عن هويتها أو عدم نشرها.</translation>
        </message>
        <message>
            <source>Applicants' personal data is never part of a public output (¶11): only donors and amounts are published.</source>
            <translation>لا تُدرج البيانات الشخصية لمقدمي الطلبات أبدًا في أي ناتج عام (¶11): لا تُنشر إلا أسماء الجهات المانحة والمبالغ.</translation>
        </message>
        <message>
            <source>%1: contributions received in %2</source>
            <extracomment>title of the public contributions page; %1 the fund's name, %2 the year</extracomment>
            <translation>%1: التبرعات المقبوضة في %2</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <extracomment>File menu: import donors, contributions or applications from a CSV file</extracomment>
            <translation>استيراد (&amp;I)…</translation>
        </message>
        <message>
            <source>Import records from a CSV file, after a preview</source>
            <translation>استيراد السجلات من ملف CSV، بعد معاينتها</translation>
        </message>
        <message>
            <source>Refund from %1</source>
            <extracomment>the payee column of a refund: %1 is who paid the money back</extracomment>
            <translation>استرداد من %1</translation>
        </message>
        <message>
            <source>Recipient State</source>
            <translation>الدولة المتلقية</translation>
        </message>
        <message>
            <source>Pin %1</source>
            <extracomment>Accessible text of the pin check box; %1 is the applicant</extracomment>
            <translation>تثبيت %1</translation>
        </message>
        <message>
            <source>Exclude %1</source>
            <extracomment>Accessible text of the exclude check box; %1 is the applicant</extracomment>
            <translation>استبعاد %1</translation>
        </message>
        <message>
            <source>; </source>
            <extracomment>Separator between the reasons for one slate decision</extracomment>
            <translation>؛ </translation>
        </message>
        <message>
            <source>Keep this applicant on the slate (Ctrl+P)</source>
            <translation>إبقاء مقدم الطلب هذا في القائمة المختارة (Ctrl+P)</translation>
        </message>
        <message>
            <source>Keep this applicant off the slate (Ctrl+E)</source>
            <translation>إبقاء مقدم الطلب هذا خارج القائمة المختارة (Ctrl+E)</translation>
        </message>
        <message>
            <source>Pin</source>
            <extracomment>Column header: the applicant is kept on the slate by hand</extracomment>
            <translation>تثبيت</translation>
        </message>
        <message>
            <source>Exclude</source>
            <extracomment>Column header: the applicant is kept off the slate by hand</extracomment>
            <translation>استبعاد</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>Column header: the State the applicant represents</extracomment>
            <translation>الدولة</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>نوع الجنس</translation>
        </message>
        <message>
            <source>Cost (USD)</source>
            <extracomment>Column header: the estimated cost of sponsoring the delegate, in US dollars</extracomment>
            <translation>التكلفة (USD)</translation>
        </message>
        <message>
            <source>Why on the slate</source>
            <translation>سبب الإدراج في القائمة</translation>
        </message>
        <message>
            <source>What would have to change</source>
            <translation>ما يلزم تغييره</translation>
        </message>
        <message>
            <source>Fails %1</source>
            <extracomment>Table cell: the ¶21 criteria the application fails, such as "¶21(c)"</extracomment>
            <translation>لا يستوفي %1</translation>
        </message>
        <message>
            <source>To assess: %1</source>
            <extracomment>Table cell: the ¶21 criteria not yet assessed, such as "¶21(d), ¶21(e)"</extracomment>
            <translation>يلزم تقييم: %1</translation>
        </message>
        <message>
            <source>Meets ¶21</source>
            <extracomment>Table cell: the application meets all five criteria of ¶21</extracomment>
            <translation>يستوفي ¶21</translation>
        </message>
        <message>
            <source>%1 (set)</source>
            <extracomment>Table cell: a cost the manager set by hand instead of the meeting's norms</extracomment>
            <translation>%1 (محددة يدويًا)</translation>
        </message>
        <message>
            <source>%1 not yet assessed: %2</source>
            <extracomment>Tooltip line: %1 is "¶21(d)", %2 the criterion in words</extracomment>
            <translation>%1 لم يُقيَّم بعد: %2</translation>
        </message>
        <message>
            <source>Set by hand: %1</source>
            <extracomment>Tooltip of a cost set by hand; %1 is the reason the manager gave</extracomment>
            <translation>محددة يدويًا: %1</translation>
        </message>
        <message>
            <source>Estimated from the meeting's cost norms</source>
            <translation>مقدَّرة وفقًا لمعايير التكلفة المحددة للاجتماع</translation>
        </message>
        <message>
            <source>Priority groups</source>
            <extracomment>Column header: LDC, LLDC or SIDS (¶22)</extracomment>
            <translation>الفئات ذات الأولوية</translation>
        </message>
        <message>
            <source>Eligibility (¶21)</source>
            <extracomment>Column header: the screening against the five criteria of ¶21</extracomment>
            <translation>الأهلية (¶21)</translation>
        </message>
        <message>
            <source>On this computer</source>
            <extracomment>Title of the Settings group whose values belong to this computer, not to the fund file</extracomment>
            <translation>على هذا الحاسوب</translation>
        </message>
        <message>
            <source>Automatic &amp;backups to keep:</source>
            <extracomment>Form label: how many automatic backups of the fund are kept</extracomment>
            <translation>عدد النسخ الاحتياطية التلقائية المحتفظ بها (&amp;B):</translation>
        </message>
        <message>
            <source>Automatic backups to keep</source>
            <translation>عدد النسخ الاحتياطية التلقائية المحتفظ بها</translation>
        </message>
        <message>
            <source>FundDesk backs up the fund when it closes and keeps this many copies; the oldest is removed first.</source>
            <translation>ينسخ FundDesk الصندوق احتياطيًا عند إغلاقه ويحتفظ بهذا العدد من النسخ؛ وتُحذف أقدمها أولًا.</translation>
        </message>
        <message>
            <source>Backup fol&amp;der:</source>
            <extracomment>Form label: the folder the automatic backups are written to</extracomment>
            <translation>مجلد النسخ الاحتياطية (&amp;D):</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>مجلد النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>Beside the fund's file, once a fund is open</source>
            <extracomment>Shown in the backup folder field when no fund is open</extracomment>
            <translation>بجانب ملف الصندوق، بعد فتح صندوق</translation>
        </message>
        <message>
            <source>Year of the dashboard</source>
            <translation>سنة لوحة المعلومات</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <extracomment>tab of the dashboard</extracomment>
            <translation>نظرة عامة (&amp;O)</translation>
        </message>
        <message>
            <source>Fund &amp;size</source>
            <translation>حجم الصندوق (&amp;S)</translation>
        </message>
        <message>
            <source>S&amp;pending</source>
            <translation>الإنفاق (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Contributions</source>
            <translation>التبرعات (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Delegates</source>
            <translation>المندوبون (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Applications</source>
            <translation>الطلبات (&amp;A)</translation>
        </message>
        <message>
            <source>Scenario p&amp;lanner</source>
            <translation>مخطط السيناريوهات (&amp;L)</translation>
        </message>
        <message>
            <source>Dashboard views</source>
            <translation>طرق عرض لوحة المعلومات</translation>
        </message>
        <message>
            <source>What the money buys, beside the two illustrative scales of ¶20 (small: USD 2 million, 10 delegates twice a year, 1–3 activities; medium: USD 5 million, 20 delegates twice a year, up to 10 activities):</source>
            <translation>ما يتيحه المال، مقارنةً بالنطاقين التوضيحيين الواردين في ¶20 (النطاق الصغير: USD 2 مليون، و10 مندوبين مرتين في السنة، و1–3 أنشطة؛ والنطاق المتوسط: USD 5 ملايين، و20 مندوبًا مرتين في السنة، وما يصل إلى 10 أنشطة):</translation>
        </message>
        <message>
            <source>What the money buys</source>
            <translation>ما يتيحه المال</translation>
        </message>
        <message>
            <source>Sponsorships and activities</source>
            <translation>الرعايات والأنشطة</translation>
        </message>
        <message>
            <source>Payments and refunds</source>
            <translation>المدفوعات والمبالغ المستردة</translation>
        </message>
        <message>
            <source>Payments only</source>
            <translation>المدفوعات فقط</translation>
        </message>
        <message>
            <source>Refunds only</source>
            <translation>المبالغ المستردة فقط</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message numerus="yes">
            <source>%n disbursement(s) shown · net %1</source>
            <extracomment>Under the disbursements table: %1 is the net USD of the shown rows</extracomment>
            <translation>
                <numerusform>المعروض: %n عملية صرف · الصافي %1</numerusform>
                <numerusform>المعروض: %n عملية صرف · الصافي %1</numerusform>
                <numerusform>المعروض: %n عمليتا صرف · الصافي %1</numerusform>
                <numerusform>المعروض: %n عمليات صرف · الصافي %1</numerusform>
                <numerusform>المعروض: %n عملية صرف · الصافي %1</numerusform>
                <numerusform>المعروض: %n عملية صرف · الصافي %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Closed years: none</source>
            <translation>السنوات المقفلة: لا توجد</translation>
        </message>
        <message>
            <source>Closed years: %1</source>
            <translation>السنوات المقفلة: %1</translation>
        </message>
        <message>
            <source>disbursement %1</source>
            <extracomment>names a disbursement in the History window's title: %1 its number</extracomment>
            <translation>عملية الصرف %1</translation>
        </message>
        <message>
            <source>Record &amp;payment…</source>
            <translation>تسجيل دفعة (&amp;P)…</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>تسجيل دفعة</translation>
        </message>
        <message>
            <source>Record a payment against an approved or active sponsorship or activity.</source>
            <translation>تسجيل دفعة مقابل رعاية أو نشاط موافق عليه أو جارٍ.</translation>
        </message>
        <message>
            <source>Re&amp;fund…</source>
            <translation>استرداد (&amp;F)…</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>استرداد</translation>
        </message>
        <message>
            <source>Record money paid back, with its reason.</source>
            <translation>تسجيل الأموال المُعادة، مع ذكر سببها.</translation>
        </message>
        <message>
            <source>Hi&amp;story…</source>
            <extracomment>Button: show the earlier states of the selected contribution</extracomment>
            <translation>السجل (&amp;S)…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Paymen&amp;ts:</source>
            <translation>المدفوعات (&amp;T):</translation>
        </message>
        <message>
            <source>Kind of item</source>
            <translation>نوع البند</translation>
        </message>
        <message>
            <source>Payments or refunds</source>
            <translation>المدفوعات أو المبالغ المستردة</translation>
        </message>
        <message>
            <source>&amp;Net USD by region and year (rows shown)</source>
            <translation>صافي المبالغ بعملة USD حسب المنطقة والسنة (الصفوف المعروضة) (&amp;N)</translation>
        </message>
        <message>
            <source>Net USD by region and year</source>
            <translation>صافي المبالغ بعملة USD حسب المنطقة والسنة</translation>
        </message>
        <message>
            <source>&amp;Close year…</source>
            <translation>إقفال السنة (&amp;C)…</translation>
        </message>
        <message>
            <source>Close year</source>
            <translation>إقفال السنة</translation>
        </message>
        <message>
            <source>Re&amp;open year…</source>
            <translation>إعادة فتح السنة (&amp;O)…</translation>
        </message>
        <message>
            <source>Reopen year</source>
            <translation>إعادة فتح السنة</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>مجلد الإخراج</translation>
        </message>
        <message>
            <source>The annual report was saved.</source>
            <translation>حُفظ التقرير السنوي.</translation>
        </message>
        <message>
            <source>Choose the folder to write the public list into.</source>
            <translation>يرجى اختيار المجلد الذي تُكتب فيه القائمة العامة.</translation>
        </message>
        <message>
            <source>Published:
%1</source>
            <extracomment>%1 the files written, one per line</extracomment>
            <translation>الملفات المنشورة:
%1</translation>
        </message>
        <message>
            <source>Annual report to donors (¶27)</source>
            <translation>التقرير السنوي المقدم إلى الجهات المانحة (¶27)</translation>
        </message>
        <message>
            <source>Year of the annual report</source>
            <translation>سنة التقرير السنوي</translation>
        </message>
        <message>
            <source>Print preview of the annual report</source>
            <translation>معاينة طباعة التقرير السنوي</translation>
        </message>
        <message>
            <source>Print the annual report</source>
            <translation>طباعة التقرير السنوي</translation>
        </message>
        <message>
            <source>Save the annual report as a PDF file</source>
            <translation>حفظ التقرير السنوي في ملف PDF</translation>
        </message>
        <message>
            <source>Public contributions list (¶17)</source>
            <translation>القائمة العامة للتبرعات (¶17)</translation>
        </message>
        <message>
            <source>Y&amp;ear:</source>
            <translation>السنة (&amp;E):</translation>
        </message>
        <message>
            <source>Year of the public list</source>
            <translation>سنة القائمة العامة</translation>
        </message>
        <message>
            <source>Output &amp;folder:</source>
            <translation>مجلد الإخراج (&amp;F):</translation>
        </message>
        <message>
            <source>Where the HTML page and the CSV file for the fund's website are written.</source>
            <translation>المكان الذي تُكتب فيه صفحة HTML وملف CSV الخاصان بالموقع الشبكي للصندوق.</translation>
        </message>
        <message>
            <source>Choose the output folder</source>
            <translation>اختيار مجلد الإخراج</translation>
        </message>
        <message>
            <source>Preview &amp;withheld…</source>
            <translation>معاينة المحجوب (&amp;W)…</translation>
        </message>
        <message>
            <source>Preview what the public list shows and withholds</source>
            <translation>معاينة ما تعرضه القائمة العامة وما تحجبه</translation>
        </message>
        <message>
            <source>P&amp;ublish</source>
            <translation>نشر (&amp;U)</translation>
        </message>
        <message>
            <source>Write the public list</source>
            <translation>كتابة القائمة العامة</translation>
        </message>
        <message>
            <source>Pri&amp;nt list…</source>
            <translation>طباعة القائمة (&amp;N)…</translation>
        </message>
        <message>
            <source>Print preview of the public list</source>
            <translation>معاينة طباعة القائمة العامة</translation>
        </message>
        <message>
            <source>Approval packets (¶18)</source>
            <translation>حزم الموافقة (¶18)</translation>
        </message>
        <message>
            <source>For the High Representative's signature: one item, or a meeting's whole slate.</source>
            <translation>لتوقيع الممثل السامي: بند واحد، أو القائمة المختارة لاجتماع بأكملها.</translation>
        </message>
        <message>
            <source>Item pac&amp;ket…</source>
            <translation>حزمة البند (&amp;K)…</translation>
        </message>
        <message>
            <source>Approval packet of one item</source>
            <translation>حزمة الموافقة على بند واحد</translation>
        </message>
        <message>
            <source>S&amp;late packet…</source>
            <translation>حزمة القائمة المختارة (&amp;L)…</translation>
        </message>
        <message>
            <source>Approval packet of a meeting's slate</source>
            <translation>حزمة الموافقة على القائمة المختارة لاجتماع</translation>
        </message>
        <message>
            <source>Sa&amp;ve scenario</source>
            <extracomment>button of the scenario planner</extracomment>
            <translation>حفظ السيناريو (&amp;V)</translation>
        </message>
        <message>
            <source>Annual funding in US dollars</source>
            <translation>التمويل السنوي بدولارات الولايات المتحدة</translation>
        </message>
        <message>
            <source>Staff costs a year in US dollars</source>
            <translation>تكاليف الموظفين السنوية بدولارات الولايات المتحدة</translation>
        </message>
        <message>
            <source>Cost per delegate in US dollars</source>
            <translation>التكلفة لكل مندوب بدولارات الولايات المتحدة</translation>
        </message>
        <message>
            <source>Average activity cost in US dollars</source>
            <translation>متوسط تكلفة النشاط بدولارات الولايات المتحدة</translation>
        </message>
        <message>
            <source>Staff posts (P and GS) charged to &amp;contributions (¶15)</source>
            <translation>الوظائف (الفئة الفنية وفئة الخدمات العامة) المحمَّلة على التبرعات (¶15) (&amp;C)</translation>
        </message>
        <message>
            <source>Start from a scenario</source>
            <translation>البدء من سيناريو</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>اسم السيناريو</translation>
        </message>
        <message>
            <source>Sessions a year</source>
            <translation>عدد الدورات في السنة</translation>
        </message>
        <message>
            <source>Delegates per session</source>
            <translation>عدد المندوبين لكل دورة</translation>
        </message>
        <message>
            <source>What the scenario carries</source>
            <translation>ما يتيحه السيناريو</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>مقارنة السيناريوهات جنبًا إلى جنب</translation>
        </message>
        <message>
            <source>&amp;Start from:</source>
            <translation>البدء من (&amp;S):</translation>
        </message>
        <message>
            <source>Annual &amp;funding (USD):</source>
            <translation>التمويل السنوي (USD) (&amp;F):</translation>
        </message>
        <message>
            <source>Staff costs a &amp;year (USD):</source>
            <translation>تكاليف الموظفين السنوية (USD) (&amp;Y):</translation>
        </message>
        <message>
            <source>S&amp;essions a year:</source>
            <translation>عدد الدورات في السنة (&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Delegates per session:</source>
            <translation>عدد المندوبين لكل دورة (&amp;D):</translation>
        </message>
        <message>
            <source>Cost per de&amp;legate (USD):</source>
            <translation>التكلفة لكل مندوب (USD) (&amp;L):</translation>
        </message>
        <message>
            <source>Average &amp;activity cost (USD):</source>
            <translation>متوسط تكلفة النشاط (USD) (&amp;A):</translation>
        </message>
        <message>
            <source>Scenarios side by side (¶20 and saved):</source>
            <translation>مقارنة السيناريوهات جنبًا إلى جنب (¶20 والمحفوظة):</translation>
        </message>
        <message>
            <source>Figures</source>
            <extracomment>Heading of the figures beside the proposed slate</extracomment>
            <translation>الأرقام</translation>
        </message>
        <message>
            <source>Propose a slate to see its figures.</source>
            <translation>يرجى اقتراح قائمة للاطلاع على أرقامها.</translation>
        </message>
        <message>
            <source>No application for this meeting is in the running yet: submitted applications that meet ¶21 can be proposed.</source>
            <translation>لا يوجد بعد أي طلب مرشح لهذا الاجتماع: يمكن اقتراح الطلبات المقدَّمة التي تستوفي ¶21.</translation>
        </message>
        <message>
            <source>Sc&amp;enario:</source>
            <extracomment>Label of the ¶20 scenario combo of the slate builder</extracomment>
            <translation>السيناريو (&amp;E):</translation>
        </message>
        <message numerus="yes">
            <source>Small scale (¶20): %n delegate(s)</source>
            <extracomment>¶20 scenario: USD 2 million a year, 10 sponsored delegates per session</extracomment>
            <translation>
                <numerusform>النطاق الصغير (¶20): %n مندوب</numerusform>
                <numerusform>النطاق الصغير (¶20): %n مندوب</numerusform>
                <numerusform>النطاق الصغير (¶20): %n مندوبان</numerusform>
                <numerusform>النطاق الصغير (¶20): %n مندوبين</numerusform>
                <numerusform>النطاق الصغير (¶20): %n مندوبًا</numerusform>
                <numerusform>النطاق الصغير (¶20): %n مندوب</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Medium scale (¶20): %n delegate(s)</source>
            <extracomment>¶20 scenario: USD 5 million a year, 20 sponsored delegates per session</extracomment>
            <translation>
                <numerusform>النطاق المتوسط (¶20): %n مندوب</numerusform>
                <numerusform>النطاق المتوسط (¶20): %n مندوب</numerusform>
                <numerusform>النطاق المتوسط (¶20): %n مندوبان</numerusform>
                <numerusform>النطاق المتوسط (¶20): %n مندوبين</numerusform>
                <numerusform>النطاق المتوسط (¶20): %n مندوبًا</numerusform>
                <numerusform>النطاق المتوسط (¶20): %n مندوب</numerusform>
            </translation>
        </message>
        <message>
            <source>Other number of seats</source>
            <extracomment>Scenario combo: a seat count of the person's own choosing</extracomment>
            <translation>عدد آخر من المقاعد</translation>
        </message>
        <message>
            <source>&amp;Seats:</source>
            <translation>المقاعد (&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Budget (USD):</source>
            <extracomment>Label of the optional budget of the slate, in USD</extracomment>
            <translation>الميزانية (USD) (&amp;B):</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>بلا حد</translation>
        </message>
        <message>
            <source>&amp;Propose</source>
            <translation>اقتراح (&amp;P)</translation>
        </message>
        <message>
            <source>Propose the slate for the seats and budget (Alt+P)</source>
            <translation>اقتراح القائمة وفقًا للمقاعد والميزانية (Alt+P)</translation>
        </message>
        <message>
            <source>C&amp;lear Pins</source>
            <extracomment>Button: forget every pin and exclusion and propose again</extracomment>
            <translation>إلغاء التثبيت (&amp;L)</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>السيناريو</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>المقاعد</translation>
        </message>
        <message>
            <source>Budget in USD</source>
            <translation>الميزانية بعملة USD</translation>
        </message>
        <message>
            <source>Proposing the slate</source>
            <translation>جارٍ اقتراح القائمة</translation>
        </message>
        <message numerus="yes">
            <source>Proposed slate (%n delegate(s))</source>
            <extracomment>Heading of the list of proposed delegates</extracomment>
            <translation>
                <numerusform>القائمة المقترحة (%n مندوب)</numerusform>
                <numerusform>القائمة المقترحة (%n مندوب)</numerusform>
                <numerusform>القائمة المقترحة (%n مندوبان)</numerusform>
                <numerusform>القائمة المقترحة (%n مندوبين)</numerusform>
                <numerusform>القائمة المقترحة (%n مندوبًا)</numerusform>
                <numerusform>القائمة المقترحة (%n مندوب)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out (%n applicant(s))</source>
            <extracomment>Heading of the list of applicants not on the slate</extracomment>
            <translation>
                <numerusform>المستبعدون (%n مقدم طلب)</numerusform>
                <numerusform>المستبعدون (%n مقدم طلب)</numerusform>
                <numerusform>المستبعدون (%n مقدما طلب)</numerusform>
                <numerusform>المستبعدون (%n مقدمي طلبات)</numerusform>
                <numerusform>المستبعدون (%n مقدمَ طلب)</numerusform>
                <numerusform>المستبعدون (%n مقدم طلب)</numerusform>
            </translation>
        </message>
        <message>
            <source>Proposed slate</source>
            <translation>القائمة المقترحة</translation>
        </message>
        <message>
            <source>Ctrl+P pins or unpins the current applicant, Ctrl+E excludes or includes them</source>
            <translation>يثبّت Ctrl+P مقدم الطلب الحالي أو يلغي تثبيته، ويستبعده Ctrl+E أو يعيد إدراجه</translation>
        </message>
        <message>
            <source>Applicants left out</source>
            <translation>مقدمو الطلبات المستبعدون</translation>
        </message>
        <message>
            <source>Pin to the Slate</source>
            <extracomment>Context menu of the slate lists; Ctrl+P</extracomment>
            <translation>تثبيت في القائمة</translation>
        </message>
        <message>
            <source>Exclude from the Slate</source>
            <extracomment>Context menu of the slate lists; Ctrl+E</extracomment>
            <translation>استبعاد من القائمة</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>المنطقة (&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Priority group:</source>
            <extracomment>Filter above the sponsorship applications: LDC, LLDC or SIDS (¶22)</extracomment>
            <translation>الفئة ذات الأولوية (&amp;P):</translation>
        </message>
        <message>
            <source>All genders</source>
            <translation>جميع فئات نوع الجنس</translation>
        </message>
        <message>
            <source>Any priority group</source>
            <translation>أي فئة ذات أولوية</translation>
        </message>
        <message>
            <source>Filter by gender</source>
            <translation>التصفية حسب نوع الجنس</translation>
        </message>
        <message>
            <source>Filter by priority group</source>
            <translation>التصفية حسب الفئة ذات الأولوية</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2 to %3 · %n formal meeting day(s)</source>
            <extracomment>Under the meeting selector: %1 city, %2 and %3 first and last day, %4 formal days</extracomment>
            <translation>
                <numerusform>%1، من %2 إلى %3 · %n يوم من الجلسات الرسمية</numerusform>
                <numerusform>%1، من %2 إلى %3 · %n يوم من الجلسات الرسمية</numerusform>
                <numerusform>%1، من %2 إلى %3 · %n يومان من الجلسات الرسمية</numerusform>
                <numerusform>%1، من %2 إلى %3 · %n أيام من الجلسات الرسمية</numerusform>
                <numerusform>%1، من %2 إلى %3 · %n يومًا من الجلسات الرسمية</numerusform>
                <numerusform>%1، من %2 إلى %3 · %n يوم من الجلسات الرسمية</numerusform>
            </translation>
        </message>
        <message>
            <source>No meeting yet: create one with New Meeting to record applications.</source>
            <translation>لا يوجد أي اجتماع بعد: يرجى إنشاء اجتماع باستخدام «اجتماع جديد» لتسجيل الطلبات.</translation>
        </message>
        <message>
            <source>Edit Meeting</source>
            <translation>تعديل اجتماع</translation>
        </message>
        <message>
            <source>Sponsorship of representatives and experts</source>
            <extracomment>Accessible name of the Sponsorships page</extracomment>
            <translation>رعاية الممثلين والخبراء</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>الاجتماع</translation>
        </message>
        <message>
            <source>&amp;New Meeting…</source>
            <translation>اجتماع جديد (&amp;N)…</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>اجتماع جديد</translation>
        </message>
        <message>
            <source>Edit Meet&amp;ing…</source>
            <translation>تعديل الاجتماع (&amp;I)…</translation>
        </message>
        <message>
            <source>Edit meeting</source>
            <translation>تعديل الاجتماع</translation>
        </message>
        <message>
            <source>Edit the meeting's dates and cost norms</source>
            <translation>تعديل تواريخ الاجتماع ومعايير التكلفة الخاصة به</translation>
        </message>
        <message>
            <source>Appli&amp;cations</source>
            <extracomment>Tab of the Sponsorships page: the table of applications</extracomment>
            <translation>الطلبات (&amp;C)</translation>
        </message>
        <message>
            <source>Slate B&amp;uilder</source>
            <extracomment>Tab of the Sponsorships page: propose the slate of sponsored delegates</extracomment>
            <translation>إعداد القائمة (&amp;U)</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s) shown · cost %1</source>
            <extracomment>Under the sponsorships table: %1 is the total cost such as USD 12,000.00</extracomment>
            <translation>
                <numerusform>المعروض: %n طلب · التكلفة %1</numerusform>
                <numerusform>المعروض: %n طلب · التكلفة %1</numerusform>
                <numerusform>المعروض: %n طلبان · التكلفة %1</numerusform>
                <numerusform>المعروض: %n طلبات · التكلفة %1</numerusform>
                <numerusform>المعروض: %n طلبًا · التكلفة %1</numerusform>
                <numerusform>المعروض: %n طلب · التكلفة %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n woman/women</source>
            <extracomment>Under the sponsorships table: how many of the shown applicants are women</extracomment>
            <translation>
                <numerusform>%n امرأة</numerusform>
                <numerusform>%n امرأة</numerusform>
                <numerusform>%n امرأتان</numerusform>
                <numerusform>%n نساء</numerusform>
                <numerusform>%n امرأةً</numerusform>
                <numerusform>%n امرأة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meet(s) ¶21</source>
            <extracomment>Under the sponsorships table: how many shown applications meet all of ¶21</extracomment>
            <translation>
                <numerusform>%n طلب يستوفي ¶21</numerusform>
                <numerusform>%n طلب يستوفي ¶21</numerusform>
                <numerusform>%n طلبان يستوفيان ¶21</numerusform>
                <numerusform>%n طلبات تستوفي ¶21</numerusform>
                <numerusform>%n طلبًا يستوفي ¶21</numerusform>
                <numerusform>%n طلب يستوفي ¶21</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit Sponsorship Application</source>
            <translation>تعديل طلب رعاية</translation>
        </message>
        <message>
            <source>Delete the sponsorship application of %1 (%2)?</source>
            <extracomment>%1 is the applicant's name, %2 the State</extracomment>
            <translation>هل تريدون حذف طلب الرعاية المقدم من %1 (%2)؟</translation>
        </message>
        <message>
            <source>Delete Sponsorship Application</source>
            <translation>حذف طلب رعاية</translation>
        </message>
        <message>
            <source>Sponsorship applications</source>
            <extracomment>Heading of the table of sponsorship applications for the chosen meeting</extracomment>
            <translation>طلبات الرعاية</translation>
        </message>
        <message>
            <source>Filter by name, State, ministry, title…</source>
            <extracomment>Placeholder of the filter box above the sponsorships table</extracomment>
            <translation>التصفية حسب الاسم أو الدولة أو الوزارة أو المسمى الوظيفي…</translation>
        </message>
        <message>
            <source>Add sponsorship application</source>
            <translation>إضافة طلب رعاية</translation>
        </message>
        <message>
            <source>Edit sponsorship application</source>
            <translation>تعديل طلب الرعاية</translation>
        </message>
        <message>
            <source>Delete sponsorship application</source>
            <translation>حذف طلب الرعاية</translation>
        </message>
        <message>
            <source>Export the table to CSV</source>
            <extracomment>Title of the file dialog of "Export CSV…" under a table</extracomment>
            <translation>تصدير الجدول إلى ملف CSV</translation>
        </message>
        <message>
            <source>Export failed</source>
            <extracomment>Title of the message when a table could not be exported</extracomment>
            <translation>تعذّر التصدير</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <extracomment>Button under a table: save the rows shown (filtered, sorted) as a CSV file</extracomment>
            <translation>تصدير CSV (&amp;X)…</translation>
        </message>
        <message>
            <source>Save the rows shown, as filtered and sorted, to a CSV file (Ctrl+Shift+E)</source>
            <translation>حفظ الصفوف المعروضة، بعد تصفيتها وفرزها، في ملف CSV (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <source>Exports the visible rows of %1 to CSV</source>
            <extracomment>Accessible description of the Export CSV button; %1 is the table's title</extracomment>
            <translation>يصدّر الصفوف الظاهرة من %1 إلى ملف CSV</translation>
        </message>
        <message>
            <source>(empty)</source>
            <extracomment>an empty value in the history of a record</extracomment>
            <translation>(فارغ)</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <extracomment>one changed field in a record's history: %1 the field, %2 old, %3 new value</extracomment>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>Created</source>
            <extracomment>what happened to a record, in its history</extracomment>
            <translation>أُنشئ</translation>
        </message>
        <message>
            <source>Deleted</source>
            <extracomment>what happened to a record, in its history</extracomment>
            <translation>حُذف</translation>
        </message>
        <message>
            <source>History of %1</source>
            <extracomment>window title: %1 names the record, such as an activity's reference</extracomment>
            <translation>سجل %1</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <extracomment>a status move in an application's history: %1 the old, %2 the new status</extracomment>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>(no profile)</source>
            <translation>(لا يوجد ملف تعريف)</translation>
        </message>
        <message>
            <source>&amp;Status changes</source>
            <translation>تغييرات الحالة (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Changes to the record</source>
            <translation>التغييرات في السجل (&amp;C)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>التوقيت</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>الشخص</translation>
        </message>
        <message>
            <source>What</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Old → new values</source>
            <translation>القيم القديمة → الجديدة</translation>
        </message>
        <message>
            <source>Status changes</source>
            <translation>تغييرات الحالة</translation>
        </message>
        <message>
            <source>Each move of the application, with who made it, when and the note.</source>
            <translation>كل انتقال للطلب، مع بيان من أجراه ومتى، والملاحظة.</translation>
        </message>
        <message>
            <source>Changes to the record</source>
            <translation>التغييرات في السجل</translation>
        </message>
        <message>
            <source>Each entry of the audit trail about this record, with the old and new values.</source>
            <translation>كل قيد في سجل التدقيق يتعلق بهذا السجل، مع القيم القديمة والجديدة.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>ملف التعريف</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>a profile in the Profile menu: %1 the name, %2 the role</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;New profile…</source>
            <translation>ملف تعريف جديد (&amp;N)…</translation>
        </message>
        <message>
            <source>Profile: %1 (%2)</source>
            <extracomment>the status bar's profile button: %1 the person's name, %2 the role</extracomment>
            <translation>ملف التعريف: %1 (%2)</translation>
        </message>
        <message>
            <source>Profile: choose yours</source>
            <translation>ملف التعريف: يرجى اختيار ملفكم</translation>
        </message>
        <message>
            <source>Who is working on this laptop: the name recorded with every change, and the role that decides what you may approve.</source>
            <translation>الشخص الذي يعمل على هذا الحاسوب المحمول: الاسم الذي يُسجَّل مع كل تغيير، والدور الذي يحدد ما يجوز لكم الموافقة عليه.</translation>
        </message>
        <message>
            <source>Wor&amp;kflow…</source>
            <translation>سير العمل (&amp;K)…</translation>
        </message>
        <message>
            <source>Move the selected application to its next status, or amend its amount.</source>
            <translation>نقل الطلب المحدد إلى حالته التالية، أو تعديل مبلغه.</translation>
        </message>
        <message>
            <source>Histor&amp;y…</source>
            <translation>السجل (&amp;Y)…</translation>
        </message>
        <message>
            <source>The status changes and the audit trail of the selected application.</source>
            <translation>تغييرات الحالة وسجل التدقيق للطلب المحدد.</translation>
        </message>
        <message>
            <source>P&amp;acket…</source>
            <extracomment>opens the approval packet (PDF) of the selected application</extracomment>
            <translation>حزمة الموافقة (&amp;A)…</translation>
        </message>
        <message>
            <source>Preview, print or save the approval packet of the selected application.</source>
            <translation>معاينة حزمة الموافقة للطلب المحدد أو طباعتها أو حفظها.</translation>
        </message>
        <message>
            <source>Slate p&amp;acket…</source>
            <extracomment>Button: preview, print or save the approval packet of the meeting's whole slate</extracomment>
            <translation>حزمة القائمة المختارة (&amp;A)…</translation>
        </message>
        <message>
            <source>Slate approval packet</source>
            <translation>حزمة الموافقة على القائمة المختارة</translation>
        </message>
        <message>
            <source>Preview, print or save the approval packet of this meeting's slate.</source>
            <translation>معاينة حزمة الموافقة على القائمة المختارة لهذا الاجتماع أو طباعتها أو حفظها.</translation>
        </message>
        <message>
            <source>Show the &amp;records of</source>
            <extracomment>Context menu of a dashboard chart: a submenu listing the bars (regions, groups)</extracomment>
            <translation>عرض سجلات (&amp;R)</translation>
        </message>
        <message>
            <source>Opening “%1” was cancelled; the file was not changed.</source>
            <extracomment>Status bar message; %1 is the file name of the fund</extracomment>
            <translation>أُلغي فتح «%1»؛ ولم يُغيَّر الملف.</translation>
        </message>
        <message>
            <source>The fund's audit trail has been altered, first at entry %1: %2 Keep this file for investigation and work from a backup.</source>
            <extracomment>%1 is the number of the first broken entry, %2 what is wrong with it</extracomment>
            <translation>تم العبث بسجل التدقيق للصندوق، بدءًا من القيد %1: %2 يرجى الاحتفاظ بهذا الملف لأغراض التحقيق والعمل انطلاقًا من نسخة احتياطية.</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>سجل التدقيق</translation>
        </message>
        <message>
            <source>You can open the fund read-only: everything can be seen and printed, nothing can be changed.</source>
            <translation>يمكنكم فتح الصندوق للقراءة فقط: يمكن الاطلاع على كل شيء وطباعته، ولا يمكن تغيير أي شيء.</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>فتح للقراءة فقط (&amp;R)</translation>
        </message>
        <message>
            <source>Open the fund read-only</source>
            <translation>فتح الصندوق للقراءة فقط</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <extracomment>Button under the activities table; Insert key when the table has focus
----------
Button under the sponsorships table; Insert key when the table has focus</extracomment>
            <translation>إضافة (&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <extracomment>Button under the contributions table; Enter or double-click when the table has focus</extracomment>
            <translation>تعديل (&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <extracomment>Button under the contributions table; Delete key when the table has focus</extracomment>
            <translation>حذف (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Score…</source>
            <extracomment>Button: declare a conflict of interest or score the selected application</extracomment>
            <translation>التقييم (&amp;S)…</translation>
        </message>
        <message>
            <source>Co&amp;nsultation…</source>
            <extracomment>Button: record a consultation of the governance structure (¶18)</extracomment>
            <translation>مشاورة (&amp;N)…</translation>
        </message>
        <message>
            <source>Export Sc&amp;ores…</source>
            <extracomment>Button: save the per-criterion review scores as a CSV file</extracomment>
            <translation>تصدير الدرجات (&amp;O)…</translation>
        </message>
        <message>
            <source>Add &amp;Contribution…</source>
            <extracomment>Button under the contributions table; Insert key when the table has focus</extracomment>
            <translation>إضافة تبرع (&amp;C)…</translation>
        </message>
        <message>
            <source>Add D&amp;onor…</source>
            <extracomment>Button under the donors table; Insert key when the table has focus</extracomment>
            <translation>إضافة جهة مانحة (&amp;O)…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <extracomment>Button under the donors table; Enter or double-click when the table has focus</extracomment>
            <translation>تعديل (&amp;I)…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <extracomment>Button under the donors table; Delete key when the table has focus</extracomment>
            <translation>حذف (&amp;L)</translation>
        </message>
        <message>
            <source>Dele&amp;te scenario…</source>
            <extracomment>button of the scenario planner: deletes the saved scenario chosen in "Start from"</extracomment>
            <translation>حذف السيناريو (&amp;T)…</translation>
        </message>
        <message>
            <source>Delete the saved scenario chosen in Start from</source>
            <translation>حذف السيناريو المحفوظ المختار في «البدء من»</translation>
        </message>
        <message>
            <source>Deletes the scenario chosen in “Start from”. The two ¶20 scenarios are built in and cannot be deleted.</source>
            <translation>يحذف السيناريو المختار في «البدء من». سيناريوها ¶20 مضمّنان في البرنامج ولا يمكن حذفهما.</translation>
        </message>
        <message>
            <source>The ¶20 scenarios are built in and cannot be deleted. Choose a scenario you saved in “Start from”.</source>
            <translation>سيناريوهات ¶20 مضمّنة في البرنامج ولا يمكن حذفها. يرجى اختيار سيناريو حفظتموه في «البدء من».</translation>
        </message>
        <message>
            <source>Delete Scenario</source>
            <extracomment>%1 is the name of a saved scenario</extracomment>
            <translation>حذف سيناريو</translation>
        </message>
        <message>
            <source>Delete the saved scenario “%1”? This cannot be undone.</source>
            <translation>هل تريدون حذف السيناريو المحفوظ «%1»؟ لا يمكن التراجع عن هذا الإجراء.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln delegate seat(s)</source>
            <extracomment>part of the planner's result: delegate seats a year</extracomment>
            <translation>
                <numerusform>%Ln مقعد للمندوبين</numerusform>
                <numerusform>%Ln مقعد للمندوبين</numerusform>
                <numerusform>%Ln مقعدين للمندوبين</numerusform>
                <numerusform>%Ln مقاعد للمندوبين</numerusform>
                <numerusform>%Ln مقعدًا للمندوبين</numerusform>
                <numerusform>%Ln مقعد للمندوبين</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity(ies)</source>
            <extracomment>part of the planner's result: activities a year</extracomment>
            <translation>
                <numerusform>%Ln نشاط</numerusform>
                <numerusform>%Ln نشاط</numerusform>
                <numerusform>%Ln نشاطين</numerusform>
                <numerusform>%Ln أنشطة</numerusform>
                <numerusform>%Ln نشاطًا</numerusform>
                <numerusform>%Ln نشاط</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <extracomment>part of the planner's result: months of operation the funding covers</extracomment>
            <translation>
                <numerusform>%Ln شهر</numerusform>
                <numerusform>%Ln شهر</numerusform>
                <numerusform>%Ln شهرين</numerusform>
                <numerusform>%Ln أشهر</numerusform>
                <numerusform>%Ln شهرًا</numerusform>
                <numerusform>%Ln شهر</numerusform>
            </translation>
        </message>
        <message>
            <source>Carries %1 and %2 a year; the funding covers %3 at this rate; %4 left unallocated.</source>
            <extracomment>result of the scenario planner; %1 the delegate seats ("20 delegate seats"), %2 the activities ("2 activities"), %3 the months ("14 months"), %4 an amount left over</extracomment>
            <translation>يتيح السيناريو %1 و%2 في السنة؛ ويغطي التمويل بهذا المعدل %3؛ ويبقى مبلغ %4 غير مخصص.</translation>
        </message>
        <message>
            <source>Opening “%1”…</source>
            <extracomment>Banner while a fund opens; %1 is the file name</extracomment>
            <translation>جارٍ فتح «%1»…</translation>
        </message>
        <message>
            <source>Checking the file for damage…</source>
            <translation>جارٍ التحقق من سلامة الملف…</translation>
        </message>
        <message>
            <source>Verifying the audit trail, entry by entry…</source>
            <translation>جارٍ التحقق من سجل التدقيق، قيدًا قيدًا…</translation>
        </message>
        <message>
            <source>Preparing the fund's data…</source>
            <translation>جارٍ إعداد بيانات الصندوق…</translation>
        </message>
        <message>
            <source>Cancel opening the fund</source>
            <translation>إلغاء فتح الصندوق</translation>
        </message>
        <message>
            <source>Fund being opened</source>
            <extracomment>Accessible name of the banner label naming the fund being opened</extracomment>
            <translation>الصندوق الجاري فتحه</translation>
        </message>
        <message>
            <source>Current step</source>
            <extracomment>Accessible name of the banner label saying what opening the fund is doing now</extracomment>
            <translation>الخطوة الحالية</translation>
        </message>
        <message>
            <source>Progress of opening the fund</source>
            <translation>تقدم فتح الصندوق</translation>
        </message>
        <message>
            <source>Opening a fund</source>
            <translation>فتح صندوق</translation>
        </message>
        <message>
            <source>Loading the donors was cancelled.</source>
            <extracomment>Not normally shown: the user cancelled loading a table</extracomment>
            <translation>أُلغي تحميل المانحين.</translation>
        </message>
        <message>
            <source>Score Activity Application</source>
            <extracomment>Title of the message when the application to score can no longer be read</extracomment>
            <translation>تقييم طلب نشاط</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <extracomment>Shown in a progress dialog after Cancel, until the work has stopped</extracomment>
            <translation>جارٍ الإيقاف…</translation>
        </message>
        <message>
            <source>Loading was cancelled: the table may be out of date.</source>
            <extracomment>Above a table whose background loading the user cancelled</extracomment>
            <translation>أُلغي التحميل: قد لا يكون الجدول محدَّثًا.</translation>
        </message>
        <message>
            <source>&amp;Load again</source>
            <extracomment>Button that reads a table's rows again after a cancelled load</extracomment>
            <translation>إعادة التحميل (&amp;L)</translation>
        </message>
        <message>
            <source>Loading the rows from the fund…</source>
            <extracomment>Above a table while its rows are read from the fund in the background</extracomment>
            <translation>جارٍ تحميل الصفوف من الصندوق…</translation>
        </message>
        <message>
            <source>Cancel loading</source>
            <extracomment>Stops reading a table's rows in the background (also Esc)</extracomment>
            <translation>إلغاء التحميل</translation>
        </message>
    </context>
    <context>
        <name>Tr</name>
        <message>
            <source>no item has the reference “%1”. Give an activity's reference (CB-2026-014), or activity:N or sponsorship:N with the item's number.</source>
            <translation>لا يوجد بند بالمرجع «%1». يرجى تحديد مرجع نشاط (CB-2026-014)، أو activity:N أو sponsorship:N مع رقم البند.</translation>
        </message>
        <message>
            <source>The chart could not be saved to “%1”. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>تعذّر حفظ الرسم البياني في «%1». يرجى التحقق من وجود المجلد ومن أن لديكم إذنًا بالكتابة فيه.</translation>
        </message>
    </context>
</TS>
