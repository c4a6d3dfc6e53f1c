<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>FundDesk::App</name>
        <message>
            <source>Write a consistent copy of a fund, even while it is open.</source>
            <translation>Записать согласованную копию фонда, даже если он открыт.</translation>
        </message>
        <message>
            <source>The backup file to write.</source>
            <translation>Файл резервной копии, который нужно записать.</translation>
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
            <translation>funddesk backup: укажите файл для записи с помощью --output FILE.</translation>
        </message>
        <message>
            <source>funddesk backup: %1</source>
            <translation>funddesk backup: %1</translation>
        </message>
        <message>
            <source>Backed up to %1.</source>
            <translation>Резервная копия сохранена в %1.</translation>
        </message>
        <message>
            <source>Replace a fund with a backup, after checking the backup. The replaced file is kept beside it.</source>
            <translation>Заменить фонд резервной копией после ее проверки. Замененный файл сохраняется рядом с ней.</translation>
        </message>
        <message>
            <source>funddesk restore: name one backup file: funddesk restore FILE.</source>
            <translation>funddesk restore: укажите один файл резервной копии: funddesk restore FILE.</translation>
        </message>
        <message>
            <source>funddesk restore: %1</source>
            <translation>funddesk restore: %1</translation>
        </message>
        <message>
            <source>Restored %1 from %2.</source>
            <translation>Фонд %1 восстановлен из %2.</translation>
        </message>
        <message>
            <source>The replaced file was kept as %1.</source>
            <translation>Замененный файл сохранен как %1.</translation>
        </message>
        <message>
            <source>Check a fund's database: integrity and data version.</source>
            <translation>Проверить базу данных фонда: целостность и версию данных.</translation>
        </message>
        <message>
            <source>funddesk check: %1</source>
            <translation>funddesk check: %1</translation>
        </message>
        <message>
            <source>%1: integrity ok; data version %2, upgraded to %3 when FundDesk next opens it.</source>
            <translation>%1: целостность в порядке; версия данных %2, будет обновлена до %3 при следующем открытии в FundDesk.</translation>
        </message>
        <message>
            <source>%1: integrity ok; data version %2 (current).</source>
            <translation>%1: целостность в порядке; версия данных %2 (текущая).</translation>
        </message>
        <message>
            <source>FundDesk %1 — the fund manager's desktop for the UN Voluntary Fund for ICT-security capacity building.</source>
            <translation>FundDesk %1 — рабочее место управляющего Добровольным фондом ООН для наращивания потенциала в области безопасности ИКТ.</translation>
        </message>
        <message>
            <source>Usage:</source>
            <translation>Использование:</translation>
        </message>
        <message>
            <source>PATH</source>
            <extracomment>placeholder for a file path in command-line help</extracomment>
            <translation>PATH</translation>
        </message>
        <message>
            <source>open the window</source>
            <translation>открыть окно</translation>
        </message>
        <message>
            <source>&lt;command&gt; [options]</source>
            <translation>&lt;command&gt; [options]</translation>
        </message>
        <message>
            <source>work headless; “funddesk &lt;command&gt; --help” lists the options</source>
            <translation>работа без окна; «funddesk &lt;command&gt; --help» выводит список параметров</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Команды:</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Показать эту справку.</translation>
        </message>
        <message>
            <source>Show the version of FundDesk.</source>
            <translation>Показать версию FundDesk.</translation>
        </message>
        <message>
            <source>funddesk: unknown command “%1”. Run “funddesk --help” for the list of commands.</source>
            <translation>funddesk: неизвестная команда «%1». Выполните «funddesk --help», чтобы получить список команд.</translation>
        </message>
        <message>
            <source>The fund's database file (default: %1).</source>
            <translation>Файл базы данных фонда (по умолчанию: %1).</translation>
        </message>
        <message>
            <source>funddesk %1: %2</source>
            <extracomment>%1 is the command ("contribution add"), %2 what is wrong with the call</extracomment>
            <translation>funddesk %1: %2</translation>
        </message>
        <message>
            <source>Run “funddesk %1 --help” for the options.</source>
            <translation>Выполните «funddesk %1 --help», чтобы получить список параметров.</translation>
        </message>
        <message>
            <source>Print the fund's balance and operational status for a year.</source>
            <translation>Вывести остаток средств фонда и его операционный статус за год.</translation>
        </message>
        <message>
            <source>Replace a fund with a checked backup, keeping the replaced file.</source>
            <translation>Заменить фонд проверенной резервной копией, сохранив замененный файл.</translation>
        </message>
        <message>
            <source>Create a realistic demo fund to explore FundDesk.</source>
            <translation>Создать реалистичный демонстрационный фонд для знакомства с FundDesk.</translation>
        </message>
        <message>
            <source>Seed of the generator: the same seed gives the same fund.</source>
            <translation>Начальное значение генератора: одно и то же значение дает один и тот же фонд.</translation>
        </message>
        <message>
            <source>N</source>
            <extracomment>placeholder for a number in command-line help</extracomment>
            <translation>N</translation>
        </message>
        <message>
            <source>funddesk demo: --seed takes a whole number from 0 to %1, not “%2”.</source>
            <translation>funddesk demo: --seed принимает целое число от 0 до %1, а не «%2».</translation>
        </message>
        <message>
            <source>funddesk demo: “%1” already exists. Give a new file with --database PATH; an existing fund is never overwritten.</source>
            <translation>funddesk demo: «%1» уже существует. Укажите новый файл с помощью --database PATH; существующий фонд никогда не перезаписывается.</translation>
        </message>
        <message>
            <source>funddesk demo: %1</source>
            <translation>funddesk demo: %1</translation>
        </message>
        <message>
            <source>Demo fund created in %1.</source>
            <translation>Демонстрационный фонд создан в %1.</translation>
        </message>
        <message>
            <source>Received in %1</source>
            <translation>Получено в %1 году</translation>
        </message>
        <message>
            <source>Received, all years</source>
            <translation>Получено, за все годы</translation>
        </message>
        <message>
            <source>Pledged, outstanding</source>
            <translation>Объявлено, не получено</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>Обязательства</translation>
        </message>
        <message>
            <source>Disbursed</source>
            <translation>Выплачено</translation>
        </message>
        <message>
            <source>Staff costs (P and GS posts)</source>
            <translation>Расходы по персоналу (должности категорий С и ОО)</translation>
        </message>
        <message>
            <source>Staff costs (regular budget)</source>
            <translation>Расходы по персоналу (регулярный бюджет)</translation>
        </message>
        <message>
            <source>Available for programmes</source>
            <translation>Доступно для программ</translation>
        </message>
        <message>
            <source>The year (default: this year).</source>
            <translation>Год (по умолчанию: текущий год).</translation>
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
            <translation>Положение на 31 декабря %1 года</translation>
        </message>
        <message>
            <source>Demo fund</source>
            <translation>Демонстрационный фонд</translation>
        </message>
        <message>
            <source>Open fund</source>
            <translation>Открыть фонд</translation>
        </message>
        <message>
            <source>New fund</source>
            <translation>Новый фонд</translation>
        </message>
        <message>
            <source>FundDesk funds (*.funddesk)</source>
            <translation>Фонды FundDesk (*.funddesk)</translation>
        </message>
        <message>
            <source>“%1” already exists; a new fund never replaces a file. Choose another name.</source>
            <translation>«%1» уже существует; новый фонд никогда не заменяет файл. Выберите другое имя.</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Резервное копирование</translation>
        </message>
        <message>
            <source>Open a fund first: there is nothing to back up.</source>
            <translation>Сначала откройте фонд: копировать нечего.</translation>
        </message>
        <message>
            <source>The fund was backed up to “%1”.</source>
            <translation>Резервная копия фонда сохранена в «%1».</translation>
        </message>
        <message>
            <source>Verify the fund's hash-chained audit trail and name the first broken entry.</source>
            <translation>Проверить журнал аудита фонда, связанный цепочкой хешей, и назвать первую нарушенную запись.</translation>
        </message>
        <message>
            <source>funddesk audit: %1</source>
            <translation>funddesk audit: %1</translation>
        </message>
        <message>
            <source>audit trail broken at entry %1: %2</source>
            <extracomment>%1 is the number of the first broken entry, %2 says what is wrong with it</extracomment>
            <translation>журнал аудита нарушен в записи %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>audit trail intact: %n entries</source>
            <translation>
                <numerusform>журнал аудита не нарушен: %n запись</numerusform>
                <numerusform>журнал аудита не нарушен: %n записи</numerusform>
                <numerusform>журнал аудита не нарушен: %n записей</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: funddesk audit verify [--database PATH]</source>
            <translation>Использование: funddesk audit verify [--database PATH]</translation>
        </message>
        <message>
            <source>funddesk audit: unknown or missing action “%1”. Usage: funddesk audit verify [--database PATH]</source>
            <translation>funddesk audit: неизвестное или отсутствующее действие «%1». Использование: funddesk audit verify [--database PATH]</translation>
        </message>
        <message>
            <source>Propose the slate of sponsored delegates for a meeting, with its figures and reasons.</source>
            <translation>Предложить список делегатов, участие которых финансируется, для совещания, с показателями и обоснованием.</translation>
        </message>
        <message>
            <source>Verify the fund's audit trail: “audit verify” names the first broken entry.</source>
            <translation>Проверить журнал аудита фонда: «audit verify» называет первую нарушенную запись.</translation>
        </message>
        <message>
            <source>Propose the slate of sponsored delegates for a meeting, with its figures and the reason for every decision.</source>
            <translation>Предложить список делегатов, участие которых финансируется, для совещания, с показателями и обоснованием каждого решения.</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>no reviewer score, in a table cell</extracomment>
            <translation>нет</translation>
        </message>
        <message>
            <source>  %1 (%2, %3) — %4, score %5</source>
            <translation>  %1 (%2, %3) — %4, балл %5</translation>
        </message>
        <message>
            <source>The meeting's reference, such as PM-2026-1.</source>
            <translation>Условное обозначение совещания, например PM-2026-1.</translation>
        </message>
        <message>
            <source>REF</source>
            <extracomment>placeholder for a meeting reference in help</extracomment>
            <translation>REF</translation>
        </message>
        <message>
            <source>Seats to fill, from 1 to %1 (default: %2, the ¶20 small scale).</source>
            <translation>Число мест, от 1 до %1 (по умолчанию: %2, небольшой масштаб согласно ¶20).</translation>
        </message>
        <message>
            <source>The most the slate may cost, in USD.</source>
            <translation>Максимальная стоимость списка в USD.</translation>
        </message>
        <message>
            <source>USD</source>
            <extracomment>placeholder for an amount in command-line help</extracomment>
            <translation>USD</translation>
        </message>
        <message>
            <source>funddesk slate: give the meeting with --meeting REF.</source>
            <translation>funddesk slate: укажите совещание с помощью --meeting REF.</translation>
        </message>
        <message>
            <source>funddesk slate: --seats takes a whole number from 1 to %1, not “%2”.</source>
            <translation>funddesk slate: --seats принимает целое число от 1 до %1, а не «%2».</translation>
        </message>
        <message>
            <source>funddesk slate: --budget takes an amount in USD such as 120000 or 95000.50, not “%1”.</source>
            <translation>funddesk slate: --budget принимает сумму в USD, например 120000 или 95000.50, а не «%1».</translation>
        </message>
        <message>
            <source>funddesk slate: %1</source>
            <translation>funddesk slate: %1</translation>
        </message>
        <message>
            <source>%1 — %2, %3, %4 to %5</source>
            <extracomment>%1 meeting reference, %2 its name, %3 city, %4 and %5 first and last day</extracomment>
            <translation>%1 — %2, %3, с %4 по %5</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Предупреждение: %1</translation>
        </message>
        <message>
            <source>Proposed slate</source>
            <translation>Предлагаемый список</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Показатели</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Не включены</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Восстановление</translation>
        </message>
        <message>
            <source>Replace the fund “%1” with the backup “%2”? The current file is kept beside it.</source>
            <translation>Заменить фонд «%1» резервной копией «%2»? Текущий файл будет сохранен рядом с ней.</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Руководство</translation>
        </message>
        <message>
            <source>The user manual was not found next to FundDesk.</source>
            <translation>Руководство пользователя не найдено рядом с FundDesk.</translation>
        </message>
        <message>
            <source>Print the dashboard's key figures for a year.</source>
            <translation>Вывести основные показатели сводки за год.</translation>
        </message>
        <message>
            <source>Write the table behind a dashboard chart as CSV.</source>
            <translation>Записать в формате CSV таблицу данных диаграммы сводки.</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt: “contribution add”.</source>
            <translation>Зарегистрировать объявленный взнос или поступление: «contribution add».</translation>
        </message>
        <message>
            <source>Add a donor: “donor add”.</source>
            <translation>Добавить донора: «donor add».</translation>
        </message>
        <message>
            <source>Move a sponsorship or an activity to its next status.</source>
            <translation>Перевести финансирование участия или мероприятие в следующий статус.</translation>
        </message>
        <message>
            <source>Record a payment against an approved item, or a refund.</source>
            <translation>Зарегистрировать платеж по утвержденной позиции или возврат.</translation>
        </message>
        <message>
            <source>Close or reopen a year: “period close”, “period reopen”.</source>
            <translation>Закрыть год или вновь открыть его: «period close», «period reopen».</translation>
        </message>
        <message>
            <source>Add or list the local profiles: “profile add”, “profile list”.</source>
            <translation>Добавить локальные профили или вывести их список: «profile add», «profile list».</translation>
        </message>
        <message>
            <source>Write an approval packet (PDF) for an item or a meeting's slate.</source>
            <translation>Записать пакет документов для утверждения (PDF) по позиции или по списку делегатов совещания.</translation>
        </message>
        <message>
            <source>Write the annual report to donors (PDF): “report annual”.</source>
            <translation>Записать ежегодный отчет для доноров (PDF): «report annual».</translation>
        </message>
        <message>
            <source>Write the public contributions list of a year (HTML and CSV).</source>
            <translation>Записать публичный список взносов за год (HTML и CSV).</translation>
        </message>
        <message>
            <source>Import donors, contributions or applications from a CSV file, all or nothing.</source>
            <translation>Импортировать доноров, взносы или заявки из файла CSV по принципу «все или ничего».</translation>
        </message>
        <message>
            <source>Export donors, contributions or applications to a CSV file.</source>
            <translation>Экспортировать доноров, взносы или заявки в файл CSV.</translation>
        </message>
        <message>
            <source>no donor has the number “%1”.</source>
            <translation>нет донора с номером «%1».</translation>
        </message>
        <message>
            <source>no donor is named “%1”. Add it with “funddesk donor add”, or give a State's ISO3 code.</source>
            <translation>нет донора с наименованием «%1». Добавьте его с помощью «funddesk donor add» или укажите код ISO3 государства.</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt.</source>
            <translation>Зарегистрировать объявленный взнос или поступление.</translation>
        </message>
        <message>
            <source>The donor's name, or a State's ISO3 code.</source>
            <extracomment>placeholders in command-line help are in capitals</extracomment>
            <translation>Наименование донора или код ISO3 государства.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>The donor's number.</source>
            <translation>Номер донора.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>pledge or receipt.</source>
            <translation>pledge (объявленный взнос) или receipt (поступление).</translation>
        </message>
        <message>
            <source>TYPE</source>
            <translation>TYPE</translation>
        </message>
        <message>
            <source>The amount in the contribution's currency, such as 123.45.</source>
            <translation>Сумма в валюте взноса, например 123.45.</translation>
        </message>
        <message>
            <source>AMOUNT</source>
            <extracomment>placeholders in command-line help are in capitals</extracomment>
            <translation>AMOUNT</translation>
        </message>
        <message>
            <source>The ISO 4217 code, such as EUR.</source>
            <translation>Код ISO 4217, например EUR.</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <source>USD per unit of the currency on the day (required unless USD).</source>
            <translation>Сколько USD стоила единица валюты в тот день (обязательно, если валюта не USD).</translation>
        </message>
        <message>
            <source>RATE</source>
            <translation>RATE</translation>
        </message>
        <message>
            <source>The date, YYYY-MM-DD.</source>
            <translation>Дата в формате ГГГГ-ММ-ДД.</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>The donor's or bank's reference.</source>
            <translation>Номер, присвоенный донором или банком.</translation>
        </message>
        <message>
            <source>The profile recorded in the audit trail (name or number).</source>
            <translation>Профиль, регистрируемый в журнале аудита (имя или номер).</translation>
        </message>
        <message>
            <source>PROFILE</source>
            <translation>PROFILE</translation>
        </message>
        <message>
            <source>give the donor with --donor NAME or --donor-id ID.</source>
            <translation>укажите донора с помощью --donor NAME или --donor-id ID.</translation>
        </message>
        <message>
            <source>--type takes pledge or receipt, not “%1”.</source>
            <translation>--type принимает значение pledge или receipt, а не «%1».</translation>
        </message>
        <message>
            <source>give the currency with --currency CODE.</source>
            <translation>укажите валюту с помощью --currency CODE.</translation>
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
            <translation>укажите курс %1 к USD на дату взноса с помощью --usd-rate RATE.</translation>
        </message>
        <message>
            <source>--date takes a date as YYYY-MM-DD, not “%1”.</source>
            <translation>--date принимает дату в формате ГГГГ-ММ-ДД, а не «%1».</translation>
        </message>
        <message>
            <source>recorded contribution %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>зарегистрирован взнос %1</translation>
        </message>
        <message>
            <source>Usage: funddesk contribution add --donor NAME --type pledge|receipt --amount AMOUNT --currency CODE [--usd-rate RATE] --date DATE [--reference REF] [--database PATH]</source>
            <translation>Использование: funddesk contribution add --donor NAME --type pledge|receipt --amount AMOUNT --currency CODE [--usd-rate RATE] --date DATE [--reference REF] [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; “funddesk contribution add --help” lists the options.</source>
            <translation>неизвестное или отсутствующее действие «%1»; «funddesk contribution add --help» выводит список параметров.</translation>
        </message>
        <message>
            <source>funddesk %1: --year takes a year such as %2, not “%3”.</source>
            <extracomment>%1 is the command, %2 an example year, %3 what was typed</extracomment>
            <translation>funddesk %1: --year принимает год, например %2, а не «%3».</translation>
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
            <translation>Записать в формате CSV таблицу данных диаграммы сводки.

Диаграммы:
%1</translation>
        </message>
        <message>
            <source>The CSV file to write.</source>
            <translation>Файл CSV, который нужно записать.</translation>
        </message>
        <message>
            <source>FILE.csv</source>
            <extracomment>placeholder for a file name in command-line help</extracomment>
            <translation>FILE.csv</translation>
        </message>
        <message>
            <source>funddesk chart: name one chart, such as spending-by-region. “funddesk chart --help” lists them.</source>
            <translation>funddesk chart: укажите одну диаграмму, например spending-by-region. «funddesk chart --help» выводит их список.</translation>
        </message>
        <message>
            <source>funddesk chart: there is no chart “%1”. These are:
%2</source>
            <extracomment>%1 is what was typed</extracomment>
            <translation>funddesk chart: диаграммы «%1» нет. Имеются следующие диаграммы:
%2</translation>
        </message>
        <message>
            <source>funddesk chart: give the file to write with --output FILE.csv.</source>
            <translation>funddesk chart: укажите файл для записи с помощью --output FILE.csv.</translation>
        </message>
        <message>
            <source>funddesk chart: %1</source>
            <translation>funddesk chart: %1</translation>
        </message>
        <message>
            <source>Wrote “%1” to %2.</source>
            <extracomment>%1 is a table's title, %2 a file path</extracomment>
            <translation>Таблица «%1» записана в %2.</translation>
        </message>
        <message>
            <source>Size of the fund: 1 is the demo fund; N above 1 is N times the medium scale of the report (¶20) over ten years, for measuring FundDesk at volume.</source>
            <translation>Размер фонда: 1 — демонстрационный фонд; N больше 1 — средний масштаб доклада (¶20), увеличенный в N раз, за десять лет, для проверки работы FundDesk с большим объемом данных.</translation>
        </message>
        <message>
            <source>funddesk demo: --scale takes a whole number from 1 to 1000, not “%1”.</source>
            <translation>funddesk demo: --scale принимает целое число от 1 до 1000, а не «%1».</translation>
        </message>
        <message>
            <source>Record a payment against an approved item, or a refund of one.</source>
            <translation>Зарегистрировать платеж по утвержденной позиции или возврат такого платежа.</translation>
        </message>
        <message>
            <source>The activity's reference (CB-2026-014), or activity:N or sponsorship:N.</source>
            <translation>Номер мероприятия (CB-2026-014) либо activity:N или sponsorship:N.</translation>
        </message>
        <message>
            <source>The amount paid, such as 1250.00.</source>
            <translation>Выплаченная сумма, например 1250.00.</translation>
        </message>
        <message>
            <source>Who was paid.</source>
            <translation>Получатель платежа.</translation>
        </message>
        <message>
            <source>The payment's reference.</source>
            <translation>Номер платежа.</translation>
        </message>
        <message>
            <source>Record a refund of earlier payments.</source>
            <translation>Зарегистрировать возврат ранее произведенных платежей.</translation>
        </message>
        <message>
            <source>Why the money was refunded.</source>
            <translation>Причина возврата средств.</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>The acting profile (name or number).</source>
            <translation>Действующий профиль (имя или номер).</translation>
        </message>
        <message>
            <source>give the item with --item REF.</source>
            <translation>укажите позицию с помощью --item REF.</translation>
        </message>
        <message>
            <source>give the acting profile with --as PROFILE.</source>
            <translation>укажите действующий профиль с помощью --as PROFILE.</translation>
        </message>
        <message>
            <source>recorded refund %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>зарегистрирован возврат %1</translation>
        </message>
        <message>
            <source>recorded disbursement %1</source>
            <translation>зарегистрирована выплата %1</translation>
        </message>
        <message>
            <source>The file (or, for publish, the folder) to write.</source>
            <translation>Файл (или, для publish, папка) для записи.</translation>
        </message>
        <message>
            <source>The document's language: ar, zh, en, fr, ru or es (default: en).</source>
            <translation>Язык документа: ar, zh, en, fr, ru или es (по умолчанию: en).</translation>
        </message>
        <message>
            <source>LANG</source>
            <extracomment>placeholder for a language code in command-line help</extracomment>
            <translation>LANG</translation>
        </message>
        <message>
            <source>The paper: a4 or letter (default: a4).</source>
            <translation>Формат бумаги: a4 или letter (по умолчанию: a4).</translation>
        </message>
        <message>
            <source>PAPER</source>
            <extracomment>placeholder for a paper size in help</extracomment>
            <translation>PAPER</translation>
        </message>
        <message>
            <source>funddesk %1: documents need the graphical libraries; run it as “funddesk %1 …”.</source>
            <translation>funddesk %1: для документов нужны графические библиотеки; запустите команду как «funddesk %1 …».</translation>
        </message>
        <message>
            <source>funddesk %1: say where to write with --output PATH.</source>
            <translation>funddesk %1: укажите место записи с помощью --output PATH.</translation>
        </message>
        <message>
            <source>funddesk %1: --lang takes ar, zh, en, fr, ru or es, not “%2”.</source>
            <translation>funddesk %1: --lang принимает значение ar, zh, en, fr, ru или es, а не «%2».</translation>
        </message>
        <message>
            <source>funddesk %1: --paper takes a4 or letter, not “%2”.</source>
            <translation>funddesk %1: --paper принимает значение a4 или letter, а не «%2».</translation>
        </message>
        <message>
            <source>Wrote %1 (record SHA-256 %2).</source>
            <translation>Записано: %1 (SHA-256 записи: %2).</translation>
        </message>
        <message>
            <source>Write the approval packet of an item, or of a meeting's slate, as a PDF for the High Representative's signature.</source>
            <translation>Записать пакет документов для утверждения по позиции или по списку делегатов совещания в формате PDF на подпись Высокому представителю.</translation>
        </message>
        <message>
            <source>The item: an activity's reference or SP-&lt;number&gt;.</source>
            <translation>Позиция: номер мероприятия или SP-&lt;number&gt;.</translation>
        </message>
        <message>
            <source>The meeting whose slate to put in one packet.</source>
            <translation>Совещание, список делегатов которого нужно включить в один пакет.</translation>
        </message>
        <message>
            <source>funddesk packet: give either --item REF or --meeting REF.</source>
            <translation>funddesk packet: укажите либо --item REF, либо --meeting REF.</translation>
        </message>
        <message>
            <source>Write a report: “report annual” writes the annual report to donors (¶27) as a PDF.</source>
            <translation>Записать отчет: «report annual» записывает ежегодный отчет для доноров (¶27) в формате PDF.</translation>
        </message>
        <message>
            <source>The year reported on.</source>
            <translation>Отчетный год.</translation>
        </message>
        <message>
            <source>funddesk report: say which report: “funddesk report annual --year YEAR --output FILE.pdf”.</source>
            <translation>funddesk report: укажите отчет: «funddesk report annual --year YEAR --output FILE.pdf».</translation>
        </message>
        <message>
            <source>Write the public contributions list of a year (¶17) as an HTML page and a CSV file.</source>
            <translation>Записать публичный список взносов за год (¶17) в виде страницы HTML и файла CSV.</translation>
        </message>
        <message>
            <source>The year to publish.</source>
            <translation>Год, за который публикуются взносы.</translation>
        </message>
        <message>
            <source>funddesk publish: %1</source>
            <translation>funddesk publish: %1</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>Записано: %1.</translation>
        </message>
        <message>
            <source>Add a donor.</source>
            <translation>Добавить донора.</translation>
        </message>
        <message>
            <source>The donor's name (for a State, the reference name is used).</source>
            <translation>Наименование донора (для государства используется наименование из справочного списка).</translation>
        </message>
        <message>
            <source>One of: %1.</source>
            <extracomment>%1 lists the kinds</extracomment>
            <translation>Одно из значений: %1.</translation>
        </message>
        <message>
            <source>KIND</source>
            <extracomment>placeholder for a kind of records in help</extracomment>
            <translation>KIND</translation>
        </message>
        <message>
            <source>ISO3 code: the State itself, or the seat of another donor.</source>
            <translation>Код ISO3: само государство или местонахождение другого донора.</translation>
        </message>
        <message>
            <source>ISO3</source>
            <translation>ISO3</translation>
        </message>
        <message>
            <source>The UN's due diligence has cleared the donor (¶14).</source>
            <translation>Донор прошел комплексную проверку ООН (¶14).</translation>
        </message>
        <message>
            <source>--kind takes one of %1, not “%2”.</source>
            <translation>--kind принимает одно из значений %1, а не «%2».</translation>
        </message>
        <message>
            <source>added donor %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>добавлен донор %1</translation>
        </message>
        <message>
            <source>Usage: funddesk donor add --name NAME --kind KIND [--country ISO3] [--cleared] [--database PATH]</source>
            <translation>Использование: funddesk donor add --name NAME --kind KIND [--country ISO3] [--cleared] [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; “funddesk donor add --help” lists the options.</source>
            <translation>неизвестное или отсутствующее действие «%1»; «funddesk donor add --help» выводит список параметров.</translation>
        </message>
        <message>
            <source>Export records to a CSV file that “funddesk import” reads back: KIND --output FILE.csv, KIND one of %1.</source>
            <translation>Экспортировать записи в файл CSV, который снова читает «funddesk import»: KIND --output FILE.csv, где KIND — одно из значений %1.</translation>
        </message>
        <message>
            <source>funddesk export: give the kind and the file: funddesk export KIND --output FILE.csv; KIND is one of %1.</source>
            <translation>funddesk export: укажите вид записей и файл: funddesk export KIND --output FILE.csv; KIND — одно из значений %1.</translation>
        </message>
        <message>
            <source>funddesk export: %1</source>
            <translation>funddesk export: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) exported to %1.</source>
            <extracomment>%n is the number of records, %1 a file path</extracomment>
            <translation>
                <numerusform>%n запись экспортирована в %1.</numerusform>
                <numerusform>%n записи экспортированы в %1.</numerusform>
                <numerusform>%n записей экспортировано в %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>funddesk import: %1</source>
            <translation>funddesk import: %1</translation>
        </message>
        <message>
            <source>funddesk import: write a template with --template KIND --output FILE.csv; KIND is one of %1.</source>
            <translation>funddesk import: запишите шаблон с помощью --template KIND --output FILE.csv; KIND — одно из значений %1.</translation>
        </message>
        <message>
            <source>“%1” could not be written. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>Не удалось записать «%1». Проверьте, существует ли папка и есть ли у вас право записи в нее.</translation>
        </message>
        <message>
            <source>Template written to %1.</source>
            <translation>Шаблон записан в %1.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of the CSV file, %2 the problem</extracomment>
            <translation>Строка %1: %2</translation>
        </message>
        <message>
            <source>Line %1, column %2: %3</source>
            <extracomment>%1 is a line number of the CSV file, %2 a column name, %3 the problem</extracomment>
            <translation>Строка %1, столбец %2: %3</translation>
        </message>
        <message>
            <source>Import records from a CSV file, all or nothing: KIND FILE.csv, KIND one of %1.</source>
            <translation>Импортировать записи из файла CSV по принципу «все или ничего»: KIND FILE.csv, где KIND — одно из значений %1.</translation>
        </message>
        <message>
            <source>Check the file and print its problems; write nothing.</source>
            <translation>Проверить файл и вывести найденные ошибки, ничего не записывая.</translation>
        </message>
        <message>
            <source>Confirm that no receipt's conditions restrict its use to specific activities (no earmarking, ¶19).</source>
            <translation>Подтвердить, что условия поступлений не ограничивают использование средств конкретными мероприятиями (без целевого назначения, ¶19).</translation>
        </message>
        <message>
            <source>Write an empty file of that kind instead.</source>
            <translation>Вместо этого записать пустой файл этого вида.</translation>
        </message>
        <message>
            <source>Where --template writes.</source>
            <translation>Куда записывает --template.</translation>
        </message>
        <message>
            <source>funddesk import: give the kind and the file: funddesk import KIND FILE.csv; KIND is one of %1.</source>
            <translation>funddesk import: укажите вид записей и файл: funddesk import KIND FILE.csv; KIND — одно из значений %1.</translation>
        </message>
        <message>
            <source>“%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>Не удалось открыть «%1». Проверьте имя файла и наличие у вас права на его чтение.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found; nothing was imported.</source>
            <extracomment>%n is the number of problems</extracomment>
            <translation>
                <numerusform>Обнаружена %n ошибка; ничего не импортировано.</numerusform>
                <numerusform>Обнаружено %n ошибки; ничего не импортировано.</numerusform>
                <numerusform>Обнаружено %n ошибок; ничего не импортировано.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) checked: the file can be imported. Nothing was written (--dry-run).</source>
            <extracomment>%n is the number of rows</extracomment>
            <translation>
                <numerusform>Проверена %n строка: файл можно импортировать. Ничего не записано (--dry-run).</numerusform>
                <numerusform>Проверено %n строки: файл можно импортировать. Ничего не записано (--dry-run).</numerusform>
                <numerusform>Проверено %n строк: файл можно импортировать. Ничего не записано (--dry-run).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) imported into %1.</source>
            <extracomment>%n is the number of records, %1 a file path</extracomment>
            <translation>
                <numerusform>%n запись импортирована в %1.</numerusform>
                <numerusform>%n записи импортированы в %1.</numerusform>
                <numerusform>%n записей импортировано в %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: funddesk period close|reopen --year YEAR [--reason TEXT] --as PROFILE [--database PATH]</source>
            <translation>Использование: funddesk period close|reopen --year YEAR [--reason TEXT] --as PROFILE [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; use close or reopen.</source>
            <translation>неизвестное или отсутствующее действие «%1»; используйте close или reopen.</translation>
        </message>
        <message>
            <source>Close a year: its records can no longer change.</source>
            <translation>Закрыть год: его записи больше нельзя будет изменить.</translation>
        </message>
        <message>
            <source>Reopen a closed year, with the reason.</source>
            <translation>Вновь открыть закрытый год с указанием причины.</translation>
        </message>
        <message>
            <source>The year, such as 2025.</source>
            <translation>Год, например 2025.</translation>
        </message>
        <message>
            <source>Why the year is reopened (required).</source>
            <translation>Причина повторного открытия года (обязательно).</translation>
        </message>
        <message>
            <source>--year takes a year such as 2025, not “%1”.</source>
            <translation>--year принимает год, например 2025, а не «%1».</translation>
        </message>
        <message>
            <source>closed %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is a year</extracomment>
            <translation>закрыт %1 год</translation>
        </message>
        <message>
            <source>reopened %1</source>
            <translation>вновь открыт %1 год</translation>
        </message>
        <message>
            <source>Add a local profile (¶15, ¶18).</source>
            <translation>Добавить локальный профиль (¶15, ¶18).</translation>
        </message>
        <message>
            <source>The person's name.</source>
            <translation>Имя сотрудника.</translation>
        </message>
        <message>
            <source>fund-manager, finance-assistant or hr-office (the High Representative's office).</source>
            <translation>fund-manager (управляющий фондом), finance-assistant (помощник по финансовым вопросам) или hr-office (Канцелярия Высокого представителя).</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>ROLE</translation>
        </message>
        <message>
            <source>--role takes fund-manager, finance-assistant or hr-office, not “%1”.</source>
            <translation>--role принимает значение fund-manager, finance-assistant или hr-office, а не «%1».</translation>
        </message>
        <message>
            <source>added profile %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>добавлен профиль %1</translation>
        </message>
        <message>
            <source>List the local profiles: number, role, name.</source>
            <translation>Вывести список локальных профилей: номер, роль, имя.</translation>
        </message>
        <message>
            <source>Usage: funddesk profile add --name NAME --role ROLE | funddesk profile list [--database PATH]</source>
            <translation>Использование: funddesk profile add --name NAME --role ROLE | funddesk profile list [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; use add or list.</source>
            <translation>неизвестное или отсутствующее действие «%1»; используйте add или list.</translation>
        </message>
        <message>
            <source>Move a sponsorship or an activity to its next status (¶18), with who and why.</source>
            <translation>Перевести финансирование участия или мероприятие в следующий статус (¶18) с указанием того, кто и почему это делает.</translation>
        </message>
        <message>
            <source>The new status, such as submitted, eligible, under-review, recommended, approved.</source>
            <translation>Новый статус, например submitted, eligible, under-review, recommended, approved.</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <source>Why: required for recommendations and decisions.</source>
            <translation>Обоснование: обязательно для рекомендаций и решений.</translation>
        </message>
        <message>
            <source>The approved amount in USD (default: what was requested).</source>
            <translation>Утвержденная сумма в USD (по умолчанию: запрошенная сумма).</translation>
        </message>
        <message>
            <source>--to takes a status such as submitted or approved, not “%1”.</source>
            <translation>--to принимает статус, например submitted или approved, а не «%1».</translation>
        </message>
        <message>
            <source>moved %1 to %2</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 the item, %2 a status key</extracomment>
            <translation>позиция %1 переведена в статус %2</translation>
        </message>
        <message>
            <source>unexpected argument “%1”.</source>
            <translation>непредвиденный аргумент «%1».</translation>
        </message>
        <message>
            <source>funddesk: %1</source>
            <translation>funddesk: %1</translation>
        </message>
        <message>
            <source>funddesk %1: the disk is full, so nothing was saved and the fund is unchanged. Free some space and try again.</source>
            <translation>funddesk %1: диск заполнен, поэтому ничего не сохранено и фонд не изменен. Освободите место на диске и повторите попытку.</translation>
        </message>
        <message>
            <source>no profile is named “%1”. “funddesk profile list” shows them; “funddesk profile add” adds one.</source>
            <translation>нет профиля с именем «%1». «funddesk profile list» выводит список профилей; «funddesk profile add» добавляет профиль.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) imported.</source>
            <extracomment>%n is the number of records imported from a CSV file</extracomment>
            <translation>
                <numerusform>%n запись импортирована.</numerusform>
                <numerusform>%n записи импортированы.</numerusform>
                <numerusform>%n записей импортировано.</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up the fund to “%1”…</source>
            <translation>Резервное копирование фонда в «%1»…</translation>
        </message>
        <message>
            <source>Restoring the fund from “%1”…</source>
            <translation>Восстановление фонда из «%1»…</translation>
        </message>
        <message>
            <source>Backing up the fund before closing…</source>
            <translation>Резервное копирование фонда перед закрытием…</translation>
        </message>
    </context>
    <context>
        <name>FundDesk::Core</name>
        <message>
            <source>Entry %1 of the audit trail is missing: it was deleted.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>Запись %1 журнала аудита отсутствует: она была удалена.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail does not follow the entry before it: an entry was inserted or removed there.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>Запись %1 журнала аудита не следует за предыдущей записью: в этом месте запись была вставлена или удалена.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail does not match its hash: it was changed after it was written.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>Запись %1 журнала аудита не соответствует своему хешу: она была изменена после внесения.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail was not written by FundDesk: it was added to the trail afterwards.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>Запись %1 журнала аудита внесена не FundDesk: она была добавлена в журнал позднее.</translation>
        </message>
        <message>
            <source>The backup “%1” does not exist.</source>
            <translation>Резервная копия «%1» не существует.</translation>
        </message>
        <message>
            <source>The backup and the fund are the same file; choose a backup.</source>
            <translation>Резервная копия и фонд — один и тот же файл; выберите резервную копию.</translation>
        </message>
        <message>
            <source>The folder “%1” could not be created.</source>
            <translation>Не удалось создать папку «%1».</translation>
        </message>
        <message>
            <source>The backup could not be copied next to the fund. Check that the disk has room; nothing was replaced.</source>
            <translation>Не удалось скопировать резервную копию рядом с фондом. Проверьте, достаточно ли места на диске; ничего не заменено.</translation>
        </message>
        <message>
            <source>The current fund file could not be set aside; nothing was replaced.</source>
            <translation>Не удалось отложить текущий файл фонда в сторону; ничего не заменено.</translation>
        </message>
        <message>
            <source>The backup could not be put in place; the fund was left as it was.</source>
            <translation>Не удалось поставить резервную копию на место фонда; фонд оставлен без изменений.</translation>
        </message>
        <message>
            <source>A backup cannot replace the fund's own database. Choose another file name.</source>
            <translation>Резервная копия не может заменить собственную базу данных фонда. Выберите другое имя файла.</translation>
        </message>
        <message>
            <source>The backup “%1” could not be written. Check that the folder is writable and the disk has room.</source>
            <translation>Не удалось записать резервную копию «%1». Проверьте, доступна ли папка для записи и достаточно ли места на диске.</translation>
        </message>
        <message>
            <source>The backup could not be saved as “%1”. Choose another file name.</source>
            <translation>Не удалось сохранить резервную копию как «%1». Выберите другое имя файла.</translation>
        </message>
        <message>
            <source>“%1” is not a FundDesk database. Choose the fund's .funddesk file, or create a new fund.</source>
            <translation>«%1» не является базой данных FundDesk. Выберите файл фонда .funddesk или создайте новый фонд.</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be opened: check that the file exists and that you may read it.</source>
            <translation>Не удалось открыть базу данных фонда «%1»: проверьте, существует ли файл и есть ли у вас право на его чтение.</translation>
        </message>
        <message>
            <source>The fund's database “%1” is damaged and was not changed. Restore it from a backup (File ▸ Restore…).</source>
            <translation>База данных фонда «%1» повреждена и не была изменена. Восстановите ее из резервной копии (Файл ▸ Восстановить…).</translation>
        </message>
        <message>
            <source>“%1” was written by a newer FundDesk (data version %2); this FundDesk reads data versions up to %3. The file was not changed: update FundDesk to open it.</source>
            <translation>«%1» записан более новой версией FundDesk (версия данных %2); эта версия FundDesk читает версии данных до %3. Файл не изменен: чтобы открыть его, обновите FundDesk.</translation>
        </message>
        <message>
            <source>The folder “%1” could not be created. Choose another place for the fund's database.</source>
            <translation>Не удалось создать папку «%1». Выберите другое место для базы данных фонда.</translation>
        </message>
        <message>
            <source>The file “%1” could not be created. Check that the folder is writable and the disk is not full.</source>
            <translation>Не удалось создать файл «%1». Проверьте, доступна ли папка для записи и не заполнен ли диск.</translation>
        </message>
        <message>
            <source>The fund's database “%1” does not exist.</source>
            <translation>База данных фонда «%1» не существует.</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be opened: check that the file exists and that you may read and write it.</source>
            <translation>Не удалось открыть базу данных фонда «%1»: проверьте, существует ли файл и есть ли у вас право на его чтение и запись.</translation>
        </message>
        <message>
            <source>Before upgrading the fund's data, FundDesk could not keep a copy at “%1”, so nothing was changed. Free some disk space and try again.</source>
            <translation>Перед обновлением данных фонда FundDesk не удалось сохранить копию в «%1», поэтому ничего не изменено. Освободите место на диске и повторите попытку.</translation>
        </message>
        <message>
            <source>This fund's data was written by a newer FundDesk (data version %1); this FundDesk reads data versions up to %2. The file was not changed: update FundDesk to open it.</source>
            <translation>Данные этого фонда записаны более новой версией FundDesk (версия данных %1); эта версия FundDesk читает версии данных до %2. Файл не изменен: чтобы открыть его, обновите FundDesk.</translation>
        </message>
        <message>
            <source>The fund's database could not be read or written. Your last change was not saved; try again, and if it keeps failing run “funddesk check”.</source>
            <translation>Не удалось прочитать или записать базу данных фонда. Ваше последнее изменение не сохранено; повторите попытку, а если ошибка повторится, выполните «funddesk check».</translation>
        </message>
        <message>
            <source>The amount requested (USD %1) is below the fund's minimum funding floor for an activity (USD %2), so the application can be neither recommended nor approved. The floor keeps activities large enough to be of quality and sustainable (¶23).</source>
            <extracomment>%1 is the amount requested, %2 the fund's minimum, both as "USD 1234.56"</extracomment>
            <translation>Запрошенная сумма (%1 USD) ниже установленного фондом минимального уровня финансирования мероприятия (%2 USD), поэтому заявку нельзя ни рекомендовать, ни утвердить. Минимальный уровень позволяет сохранять масштаб мероприятий, достаточный для их качества и устойчивости (¶23).</translation>
        </message>
        <message>
            <source>Non-governmental entity</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>Неправительственная структура</translation>
        </message>
        <message>
            <source>United Nations entity</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>Структура Организации Объединенных Наций</translation>
        </message>
        <message>
            <source>International or regional organization</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>Международная или региональная организация</translation>
        </message>
        <message>
            <source>Academic institution</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>Академическое учреждение</translation>
        </message>
        <message>
            <source>Private sector</source>
            <extracomment>kind of implementing partner of an activity
----------
Kind of donor: a company</extracomment>
            <translation>Частный сектор</translation>
        </message>
        <message>
            <source>Draft</source>
            <extracomment>status of an application</extracomment>
            <translation>Черновик</translation>
        </message>
        <message>
            <source>Submitted</source>
            <extracomment>status of an application</extracomment>
            <translation>Подана</translation>
        </message>
        <message>
            <source>Screened: eligible</source>
            <extracomment>status of an application: screened and found eligible</extracomment>
            <translation>Проверена: соответствует требованиям</translation>
        </message>
        <message>
            <source>Screened: ineligible</source>
            <extracomment>status of an application: screened and found ineligible</extracomment>
            <translation>Проверена: не соответствует требованиям</translation>
        </message>
        <message>
            <source>Under review</source>
            <extracomment>status of an application</extracomment>
            <translation>На рассмотрении</translation>
        </message>
        <message>
            <source>Recommended</source>
            <extracomment>status of an application: recommended by the fund manager</extracomment>
            <translation>Рекомендована</translation>
        </message>
        <message>
            <source>Not recommended</source>
            <extracomment>status of an application: not recommended by the fund manager</extracomment>
            <translation>Не рекомендована</translation>
        </message>
        <message>
            <source>Approved</source>
            <extracomment>status of an application: approved by the High Representative</extracomment>
            <translation>Утверждена</translation>
        </message>
        <message>
            <source>Rejected</source>
            <extracomment>status of an application: rejected by the High Representative</extracomment>
            <translation>Отклонена</translation>
        </message>
        <message>
            <source>Active</source>
            <extracomment>status of an application: approved and under way</extracomment>
            <translation>Выполняется</translation>
        </message>
        <message>
            <source>Completed</source>
            <extracomment>status of an application</extracomment>
            <translation>Завершена</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <extracomment>status of an application</extracomment>
            <translation>Отменена</translation>
        </message>
        <message>
            <source>Supports</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>Поддерживает</translation>
        </message>
        <message>
            <source>Supports with changes</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>Поддерживает с изменениями</translation>
        </message>
        <message>
            <source>Does not support</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>Не поддерживает</translation>
        </message>
        <message>
            <source>No view</source>
            <extracomment>advice of the governance structure on an application: it expressed no view</extracomment>
            <translation>Мнение не выражено</translation>
        </message>
        <message>
            <source>Pledge</source>
            <extracomment>Type of contribution: money promised by a donor</extracomment>
            <translation>Объявленный взнос</translation>
        </message>
        <message>
            <source>Receipt</source>
            <extracomment>Type of contribution: money the fund has received</extracomment>
            <translation>Поступление</translation>
        </message>
        <message>
            <source>Member State</source>
            <extracomment>Kind of donor: a Member State of the United Nations</extracomment>
            <translation>Государство-член</translation>
        </message>
        <message>
            <source>Observer State</source>
            <extracomment>Kind of donor: a non-member observer State (Holy See, State of Palestine)</extracomment>
            <translation>Государство-наблюдатель</translation>
        </message>
        <message>
            <source>Intergovernmental or regional organization</source>
            <extracomment>Kind of donor</extracomment>
            <translation>Межправительственная или региональная организация</translation>
        </message>
        <message>
            <source>Philanthropic foundation</source>
            <extracomment>Kind of donor: a non-governmental philanthropic organization</extracomment>
            <translation>Благотворительный фонд</translation>
        </message>
        <message>
            <source>Other non-governmental entity</source>
            <extracomment>Kind of donor: an NGO, academia, an individual …</extracomment>
            <translation>Другая неправительственная структура</translation>
        </message>
        <message>
            <source>Not required</source>
            <extracomment>Due-diligence status of a donor: States and intergovernmental organizations</extracomment>
            <translation>Не требуется</translation>
        </message>
        <message>
            <source>Pending</source>
            <extracomment>Due-diligence status of a donor: the UN clearance is not decided yet</extracomment>
            <translation>Ожидает решения</translation>
        </message>
        <message>
            <source>Cleared</source>
            <extracomment>Due-diligence status of a donor: the UN cleared the donor's money</extracomment>
            <translation>Проверка пройдена</translation>
        </message>
        <message>
            <source>Declined</source>
            <extracomment>Due-diligence status of a donor: the UN refused the donor's money</extracomment>
            <translation>Отклонен</translation>
        </message>
        <message>
            <source>¶21(%1)</source>
            <extracomment>A paragraph of the Secretary-General's report and its sub-paragraph letter: ¶21(c)</extracomment>
            <translation>¶21(%1)</translation>
        </message>
        <message>
            <source>A capital-based government official working on cyber/ICT-security diplomacy, policy or related technical fields</source>
            <translation>Государственный служащий из столицы, работающий в области кибердипломатии или дипломатии по вопросам безопасности ИКТ, соответствующей политики или смежных технических областях</translation>
        </message>
        <message>
            <source>Direct experience of ICT-security matters in the current post, and the intention to contribute to the UN discussions</source>
            <translation>Непосредственный опыт работы по вопросам безопасности ИКТ на нынешней должности и намерение участвовать в обсуждениях в ООН</translation>
        </message>
        <message>
            <source>Able to travel and attend during the sessions</source>
            <translation>Возможность совершать поездки и присутствовать во время сессий</translation>
        </message>
        <message>
            <source>Attends all formal meetings of the sessions and the capacity-building activities held alongside them</source>
            <translation>Участие во всех официальных заседаниях сессий и в мероприятиях по наращиванию потенциала, проводимых параллельно с ними</translation>
        </message>
        <message>
            <source>Willing to share a report on the experience with the fund manager</source>
            <translation>Готовность поделиться с управляющим фондом отчетом о полученном опыте</translation>
        </message>
        <message>
            <source>The exchange rate “%1” is not above zero. Enter how many US dollars one unit of the currency is worth, for example 0.0067.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>Обменный курс «%1» не больше нуля. Введите, сколько долларов США стоит одна единица валюты, например 0.0067.</translation>
        </message>
        <message>
            <source>The exchange rate is empty. Enter how many US dollars one unit of the currency is worth, for example 0.0067.</source>
            <translation>Обменный курс не указан. Введите, сколько долларов США стоит одна единица валюты, например 0.0067.</translation>
        </message>
        <message>
            <source>The exchange rate “%1” is not a plain number. Use digits and a dot before the decimals, for example 0.0067.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>Обменный курс «%1» не является простым числом. Используйте цифры и точку перед дробной частью, например 0.0067.</translation>
        </message>
        <message numerus="yes">
            <source>The exchange rate “%1” has more than %n decimal place(s). Round it to %n decimal place(s).</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>
                <numerusform>Обменный курс «%1» содержит больше %n десятичного знака. Округлите его до %n десятичного знака.</numerusform>
                <numerusform>Обменный курс «%1» содержит больше %n десятичных знаков. Округлите его до %n десятичных знаков.</numerusform>
                <numerusform>Обменный курс «%1» содержит больше %n десятичных знаков. Округлите его до %n десятичных знаков.</numerusform>
            </translation>
        </message>
        <message>
            <source>The exchange rate “%1” is too large. Check the number of digits.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>Обменный курс «%1» слишком велик. Проверьте количество цифр.</translation>
        </message>
        <message>
            <source>A stored exchange rate is not above zero. The record needs a valid rate.</source>
            <translation>Сохраненный обменный курс не больше нуля. Для записи требуется действительный курс.</translation>
        </message>
        <message>
            <source>The amount is already in US dollars, so its exchange rate must be 1, not %1.</source>
            <extracomment>%1 is an exchange rate such as 0.98</extracomment>
            <translation>Сумма уже указана в долларах США, поэтому ее обменный курс должен быть равен 1, а не %1.</translation>
        </message>
        <message>
            <source>%1 %2 is too large to convert to US dollars. Check the amount and the exchange rate.</source>
            <extracomment>%1 is an amount such as 1000, %2 its currency code such as JPY</extracomment>
            <translation>Сумма %1 %2 слишком велика для пересчета в доллары США. Проверьте сумму и обменный курс.</translation>
        </message>
        <message>
            <source>National strategies, laws and regulations</source>
            <extracomment>focus area (a) of capacity-building activities</extracomment>
            <translation>Национальные стратегии, законы и нормативные акты</translation>
        </message>
        <message>
            <source>National and regional positions on how international law applies to the use of ICTs</source>
            <extracomment>focus area (b) of capacity-building activities</extracomment>
            <translation>Национальные и региональные позиции относительно применения международного права к использованию ИКТ</translation>
        </message>
        <message>
            <source>ICT incident management and response, including computer emergency response teams</source>
            <extracomment>focus area (c) of capacity-building activities</extracomment>
            <translation>Управление инцидентами в сфере ИКТ и реагирование на них, включая группы реагирования на компьютерные инциденты</translation>
        </message>
        <message>
            <source>Protection of critical infrastructure and critical information infrastructure</source>
            <extracomment>focus area (d) of capacity-building activities</extracomment>
            <translation>Защита критически важной инфраструктуры и критически важной информационной инфраструктуры</translation>
        </message>
        <message>
            <source>ICT-security awareness and education</source>
            <extracomment>focus area (e) of capacity-building activities</extracomment>
            <translation>Повышение осведомленности и просвещение в области безопасности ИКТ</translation>
        </message>
        <message>
            <source>Training and workforce development</source>
            <extracomment>focus area (f) of capacity-building activities</extracomment>
            <translation>Профессиональная подготовка и развитие кадров</translation>
        </message>
        <message>
            <source>Implementation of the agreed norms of responsible State behaviour</source>
            <extracomment>focus area (g) of capacity-building activities</extracomment>
            <translation>Соблюдение согласованных норм ответственного поведения государств</translation>
        </message>
        <message>
            <source>Implementation of the global confidence-building measures</source>
            <extracomment>focus area (h) of capacity-building activities</extracomment>
            <translation>Осуществление глобальных мер укрепления доверия</translation>
        </message>
        <message>
            <source>Participation in the global intergovernmental Points of Contact directory</source>
            <extracomment>focus area (i) of capacity-building activities</extracomment>
            <translation>Участие в глобальном межправительственном справочнике контактных центров</translation>
        </message>
        <message>
            <source>Woman</source>
            <extracomment>Gender of a sponsorship applicant
----------
Reason a delegate is on the slate: gender parity (¶12, ¶22)</extracomment>
            <translation>Женщина</translation>
        </message>
        <message>
            <source>Man</source>
            <extracomment>Gender of a sponsorship applicant</extracomment>
            <translation>Мужчина</translation>
        </message>
        <message>
            <source>Other or undisclosed</source>
            <extracomment>Gender of a sponsorship applicant: another gender, or not stated</extracomment>
            <translation>Другое или не указано</translation>
        </message>
        <message>
            <source>No currency is given. Choose a three-letter ISO 4217 code such as USD or EUR.</source>
            <translation>Валюта не указана. Выберите трехбуквенный код ISO 4217, например USD или EUR.</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose a three-letter code such as USD or EUR.</source>
            <extracomment>%1 is the currency code that was given, e.g. "USX"</extracomment>
            <translation>«%1» не является известным кодом валюты ISO 4217. Выберите трехбуквенный код, например USD или EUR.</translation>
        </message>
        <message>
            <source>The amount is empty. Enter a number such as %1.</source>
            <extracomment>%1 is an example amount such as 1234.56</extracomment>
            <translation>Сумма не указана. Введите число, например %1.</translation>
        </message>
        <message>
            <source>The amount “%1” is not a plain number. Use digits, an optional minus sign and a dot before the decimals, without thousands separators, for example %2.</source>
            <extracomment>%1 is what the user typed, %2 an example amount such as 1234.56</extracomment>
            <translation>Сумма «%1» не является простым числом. Используйте цифры, при необходимости знак минус и точку перед дробной частью, без разделителей тысяч, например %2.</translation>
        </message>
        <message>
            <source>The amount “%1” has decimals, but %2 has no minor unit. Enter a whole number.</source>
            <extracomment>%1 is the amount typed, %2 a currency code such as JPY</extracomment>
            <translation>Сумма «%1» содержит дробную часть, но у валюты %2 нет дробных единиц. Введите целое число.</translation>
        </message>
        <message numerus="yes">
            <source>The amount “%1” has more than %n decimal place(s) for %2. Round it to %n decimal place(s).</source>
            <extracomment>%1 is the amount typed, %2 a currency code such as USD</extracomment>
            <translation>
                <numerusform>Сумма «%1» содержит больше %n десятичного знака для валюты %2. Округлите ее до %n десятичного знака.</numerusform>
                <numerusform>Сумма «%1» содержит больше %n десятичных знаков для валюты %2. Округлите ее до %n десятичных знаков.</numerusform>
                <numerusform>Сумма «%1» содержит больше %n десятичных знаков для валюты %2. Округлите ее до %n десятичных знаков.</numerusform>
            </translation>
        </message>
        <message>
            <source>The amount “%1” is too large to record in %2. Check the number of digits.</source>
            <extracomment>%1 is the amount typed, %2 a currency code</extracomment>
            <translation>Сумма «%1» слишком велика для записи в %2. Проверьте количество цифр.</translation>
        </message>
        <message>
            <source>Cannot combine an amount in %1 with an amount in %2. Convert one of them to the other currency first.</source>
            <extracomment>%1 and %2 are currency codes such as USD and EUR</extracomment>
            <translation>Нельзя сложить сумму в %1 с суммой в %2. Сначала пересчитайте одну из них в другую валюту.</translation>
        </message>
        <message>
            <source>The result is too large to record in %1. Check the amounts involved.</source>
            <extracomment>%1 is a currency code</extracomment>
            <translation>Результат слишком велик для записи в %1. Проверьте соответствующие суммы.</translation>
        </message>
        <message>
            <source>There is nothing to split the amount into. Give at least one share.</source>
            <translation>Сумму не на что разделить. Укажите хотя бы одну долю.</translation>
        </message>
        <message>
            <source>A share of the split is negative (%1). Shares must be zero or more.</source>
            <extracomment>%1 is the negative share, e.g. -2</extracomment>
            <translation>Одна из долей раздела отрицательна (%1). Доли должны быть равны нулю или больше.</translation>
        </message>
        <message>
            <source>All shares of the split are zero. Give at least one share above zero.</source>
            <translation>Все доли раздела равны нулю. Укажите хотя бы одну долю больше нуля.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <extracomment>%1 is the ISO currency code (USD), %2 the amount; reorder if your language puts the code after the amount</extracomment>
            <translation>%2 %1</translation>
        </message>
        <message>
            <source>The amount “%1” is not a number. Type it like %2.</source>
            <translation>Сумма «%1» не является числом. Введите ее в виде %2.</translation>
        </message>
        <message>
            <source>Fund manager</source>
            <extracomment>role of a local profile (¶15: the project manager post)</extracomment>
            <translation>Управляющий фондом</translation>
        </message>
        <message>
            <source>Finance assistant</source>
            <extracomment>role of a local profile (¶15: the General Service post)</extracomment>
            <translation>Помощник по финансовым вопросам</translation>
        </message>
        <message>
            <source>High Representative's office</source>
            <extracomment>role of a local profile: records the High Representative's final approvals (¶18)</extracomment>
            <translation>Канцелярия Высокого представителя</translation>
        </message>
        <message>
            <source>Publish name and amount</source>
            <extracomment>Publication consent of a contribution (¶17): the donor's name and the amount</extracomment>
            <translation>Публиковать имя и сумму</translation>
        </message>
        <message>
            <source>Publish as “anonymous donor”</source>
            <extracomment>Publication consent of a contribution (¶17): the amount, without the donor's name</extracomment>
            <translation>Публиковать как «анонимный донор»</translation>
        </message>
        <message>
            <source>Do not publish</source>
            <extracomment>Publication consent of a contribution (¶17): not published at all</extracomment>
            <translation>Не публиковать</translation>
        </message>
        <message>
            <source>Africa</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>Африка</translation>
        </message>
        <message>
            <source>Americas</source>
            <extracomment>Geographic region (UN M49): North, Central and South America and the Caribbean</extracomment>
            <translation>Америка</translation>
        </message>
        <message>
            <source>Asia</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>Азия</translation>
        </message>
        <message>
            <source>Europe</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>Европа</translation>
        </message>
        <message>
            <source>Oceania</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>Океания</translation>
        </message>
        <message>
            <source>No regional group</source>
            <extracomment>A State in no UN regional group (the Holy See)</extracomment>
            <translation>Вне региональных групп</translation>
        </message>
        <message>
            <source>African States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>Африканские государства</translation>
        </message>
        <message>
            <source>Asia-Pacific States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>Азиатско-тихоокеанские государства</translation>
        </message>
        <message>
            <source>Eastern European States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>Восточноевропейские государства</translation>
        </message>
        <message>
            <source>Latin American and Caribbean States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>Государства Латинской Америки и Карибского бассейна</translation>
        </message>
        <message>
            <source>Western European and other States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>Западноевропейские и другие государства</translation>
        </message>
        <message>
            <source>Least Developed Countries</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>Наименее развитые страны</translation>
        </message>
        <message>
            <source>Landlocked Developing Countries</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>Развивающиеся страны, не имеющие выхода к морю</translation>
        </message>
        <message>
            <source>Small Island Developing States</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>Малые островные развивающиеся государства</translation>
        </message>
        <message>
            <source>LDC</source>
            <extracomment>Abbreviation of "Least Developed Countries" as the UN writes it in this language</extracomment>
            <translation>НРС</translation>
        </message>
        <message>
            <source>LLDC</source>
            <extracomment>Abbreviation of "Landlocked Developing Countries" as the UN writes it in this language</extracomment>
            <translation>РСНВМ</translation>
        </message>
        <message>
            <source>SIDS</source>
            <extracomment>Abbreviation of "Small Island Developing States" as the UN writes it in this language</extracomment>
            <translation>МОСРГ</translation>
        </message>
        <message>
            <source>Needs assessment</source>
            <extracomment>selection criterion (a) of activities</extracomment>
            <translation>Оценка потребностей</translation>
        </message>
        <message>
            <source>Synergy and gap analysis</source>
            <extracomment>selection criterion (b) of activities</extracomment>
            <translation>Анализ синергии и пробелов</translation>
        </message>
        <message>
            <source>Geographic balance</source>
            <extracomment>selection criterion (c) of activities</extracomment>
            <translation>Географическая сбалансированность</translation>
        </message>
        <message>
            <source>Impact, sustainability and ownership</source>
            <extracomment>selection criterion (d) of activities</extracomment>
            <translation>Воздействие, устойчивость и ответственность</translation>
        </message>
        <message>
            <source>Commitment to the working group</source>
            <extracomment>selection criterion (e) of activities</extracomment>
            <translation>Приверженность работе рабочей группы</translation>
        </message>
        <message>
            <source>Gender mainstreaming</source>
            <extracomment>selection criterion (f) of activities</extracomment>
            <translation>Учет гендерной проблематики</translation>
        </message>
        <message>
            <source>The activity answers needs identified in a national or regional needs assessment.</source>
            <translation>Мероприятие отвечает потребностям, выявленным в ходе национальной или региональной оценки потребностей.</translation>
        </message>
        <message>
            <source>The application shows how the activity complements other capacity-building efforts and fills a gap they leave.</source>
            <translation>В заявке показано, как мероприятие дополняет другие усилия по наращиванию потенциала и восполняет оставленный ими пробел.</translation>
        </message>
        <message>
            <source>Funding the activity contributes to an equitable distribution of the fund's resources across regions.</source>
            <translation>Финансирование мероприятия способствует справедливому распределению ресурсов фонда между регионами.</translation>
        </message>
        <message>
            <source>The activity has a lasting impact and is owned nationally or regionally beyond the fund's support.</source>
            <translation>Мероприятие имеет долгосрочное воздействие, и национальная или региональная ответственность за него сохраняется и после прекращения поддержки фонда.</translation>
        </message>
        <message>
            <source>The activity supports the work of the open-ended working group and its follow-up process.</source>
            <translation>Мероприятие поддерживает работу рабочей группы открытого состава и последующего процесса.</translation>
        </message>
        <message>
            <source>The activity mainstreams gender in its design, participation and results.</source>
            <translation>Мероприятие учитывает гендерную проблематику в своей структуре, составе участников и результатах.</translation>
        </message>
        <message>
            <source>Absent</source>
            <extracomment>point 0 of the 0–5 review scale</extracomment>
            <translation>Отсутствует</translation>
        </message>
        <message>
            <source>Very weak</source>
            <extracomment>point 1 of the 0–5 review scale</extracomment>
            <translation>Очень слабо</translation>
        </message>
        <message>
            <source>Weak</source>
            <extracomment>point 2 of the 0–5 review scale</extracomment>
            <translation>Слабо</translation>
        </message>
        <message>
            <source>Adequate</source>
            <extracomment>point 3 of the 0–5 review scale</extracomment>
            <translation>Удовлетворительно</translation>
        </message>
        <message>
            <source>Strong</source>
            <extracomment>point 4 of the 0–5 review scale</extracomment>
            <translation>Хорошо</translation>
        </message>
        <message>
            <source>Exemplary</source>
            <extracomment>point 5 of the 0–5 review scale</extracomment>
            <translation>Образцово</translation>
        </message>
        <message>
            <source>The application does not address the criterion at all.</source>
            <translation>В заявке критерий не рассматривается вовсе.</translation>
        </message>
        <message>
            <source>The criterion is mentioned, but without substance or evidence.</source>
            <translation>Критерий упомянут, но без содержания или доказательств.</translation>
        </message>
        <message>
            <source>The criterion is addressed in part; important gaps or weaknesses remain.</source>
            <translation>Критерий рассмотрен частично; остаются существенные пробелы или недостатки.</translation>
        </message>
        <message>
            <source>The criterion is addressed satisfactorily, with some evidence; minor gaps remain.</source>
            <translation>Критерий рассмотрен удовлетворительно, с некоторыми доказательствами; остаются незначительные пробелы.</translation>
        </message>
        <message>
            <source>The criterion is addressed well, with clear evidence and few weaknesses.</source>
            <translation>Критерий рассмотрен хорошо, с четкими доказательствами и немногими недостатками.</translation>
        </message>
        <message>
            <source>The criterion is addressed fully and convincingly, with strong evidence; a model for other applications.</source>
            <translation>Критерий рассмотрен полностью и убедительно, с вескими доказательствами; образец для других заявок.</translation>
        </message>
        <message>
            <source>The weight of “%1” must be a whole number from 0 to %2.</source>
            <extracomment>%1 is a criterion name, %2 the largest weight allowed</extracomment>
            <translation>Вес критерия «%1» должен быть целым числом от 0 до %2.</translation>
        </message>
        <message>
            <source>At least one criterion must have a weight above zero, or no application could be scored.</source>
            <translation>Хотя бы у одного критерия вес должен быть больше нуля, иначе ни одну заявку нельзя будет оценить.</translation>
        </message>
        <message>
            <source>The weights of the review criteria could not be read. Enter them again in the fund's settings.</source>
            <translation>Не удалось прочитать веса критериев оценки. Введите их снова в настройках фонда.</translation>
        </message>
        <message>
            <source>The file “%1” could not be written. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>Не удалось записать файл «%1». Проверьте, существует ли папка и есть ли у вас право записи в нее.</translation>
        </message>
        <message>
            <source>The file “%1” could not be written. Check that the disk is not full.</source>
            <translation>Не удалось записать файл «%1». Проверьте, не заполнен ли диск.</translation>
        </message>
        <message>
            <source>Applications</source>
            <extracomment>columns of the geographic balance table (¶25c); amounts in US dollars</extracomment>
            <translation>Заявки</translation>
        </message>
        <message>
            <source>Requested (USD)</source>
            <translation>Запрошено (USD)</translation>
        </message>
        <message>
            <source>Recommended (USD)</source>
            <translation>Рекомендовано (USD)</translation>
        </message>
        <message>
            <source>Equal share</source>
            <extracomment>last line of the geographic balance table: what each would get if shared equally</extracomment>
            <translation>Равная доля</translation>
        </message>
        <message>
            <source>Region</source>
            <extracomment>first column of the geographic balance table: the M49 region</extracomment>
            <translation>Регион</translation>
        </message>
        <message>
            <source>Regional group</source>
            <extracomment>first column of the geographic balance table: the UN regional group</extracomment>
            <translation>Региональная группа</translation>
        </message>
        <message>
            <source>Reference</source>
            <extracomment>column of the exported review scores</extracomment>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Рецензент</translation>
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
            <translation>Взвешенный балл</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Обоснование</translation>
        </message>
        <message>
            <source>The activity application is no longer in the fund's database. Reload the list of activities and try again.</source>
            <translation>Заявки на проведение мероприятия больше нет в базе данных фонда. Обновите список мероприятий и повторите попытку.</translation>
        </message>
        <message>
            <source>The list of activities in the fund's database is damaged: activity %1 has an unknown value in “%2”.</source>
            <translation>Список мероприятий в базе данных фонда поврежден: у мероприятия %1 неизвестное значение в поле «%2».</translation>
        </message>
        <message>
            <source>The consultation is no longer in the fund's database. Reload the list of consultations and try again.</source>
            <translation>Консультации больше нет в базе данных фонда. Обновите список консультаций и повторите попытку.</translation>
        </message>
        <message>
            <source>The list of consultations in the fund's database is damaged: consultation %1 has an unknown advice.</source>
            <translation>Список консультаций в базе данных фонда поврежден: у консультации %1 неизвестное мнение.</translation>
        </message>
        <message>
            <source>A saved earlier state of a contribution in the fund's database is damaged and cannot be shown.</source>
            <translation>Сохраненное прежнее состояние взноса в базе данных фонда повреждено и не может быть показано.</translation>
        </message>
        <message>
            <source>The contribution is no longer in the fund's database. Reload the list of contributions and try again.</source>
            <translation>Взноса больше нет в базе данных фонда. Обновите список взносов и повторите попытку.</translation>
        </message>
        <message>
            <source>The list of contributions in the fund's database is damaged: contribution %1 has an unknown value in “%2”.</source>
            <translation>Список взносов в базе данных фонда поврежден: у взноса %1 неизвестное значение в поле «%2».</translation>
        </message>
        <message>
            <source>The list of donors in the fund's database is damaged: donor %1 has an unknown value in “%2”.</source>
            <translation>Список доноров в базе данных фонда поврежден: у донора %1 неизвестное значение в поле «%2».</translation>
        </message>
        <message>
            <source>The donor is no longer in the fund's database. Reload the list of donors and try again.</source>
            <translation>Донора больше нет в базе данных фонда. Обновите список доноров и повторите попытку.</translation>
        </message>
        <message>
            <source>The meeting is no longer in the fund's database. Reload the list of meetings and try again.</source>
            <translation>Совещания больше нет в базе данных фонда. Обновите список совещаний и повторите попытку.</translation>
        </message>
        <message>
            <source>The list of meetings in the fund's database is damaged: meeting %1 has an unknown value in “%2”.</source>
            <translation>Список совещаний в базе данных фонда поврежден: у совещания %1 неизвестное значение в поле «%2».</translation>
        </message>
        <message>
            <source>The review is no longer in the fund's database. Reload the application's reviews and try again.</source>
            <translation>Оценки больше нет в базе данных фонда. Обновите список оценок заявки и повторите попытку.</translation>
        </message>
        <message>
            <source>The sponsorship application is no longer in the fund's database. Reload the list of applications and try again.</source>
            <translation>Заявки на финансирование участия больше нет в базе данных фонда. Обновите список заявок и повторите попытку.</translation>
        </message>
        <message>
            <source>The list of sponsorships in the fund's database is damaged: application %1 has an unknown value in “%2”.</source>
            <translation>Список заявок на финансирование участия в базе данных фонда поврежден: у заявки %1 неизвестное значение в поле «%2».</translation>
        </message>
        <message>
            <source>The list of States in the fund's database is damaged: the State “%1” has an unknown value in “%2”.</source>
            <translation>Список государств в базе данных фонда поврежден: у государства «%1» неизвестное значение в поле «%2».</translation>
        </message>
        <message>
            <source>The State with ISO code “%1” or M49 code “%2” is already in the list.</source>
            <translation>Государство с кодом ISO «%1» или кодом M49 «%2» уже есть в списке.</translation>
        </message>
        <message>
            <source>Title: enter the title of the activity.</source>
            <translation>Название: введите название мероприятия.</translation>
        </message>
        <message>
            <source>Implementing partners: enter the name of partner %1, or remove it from the list.</source>
            <extracomment>%1 is the position of the partner in the list: 1, 2, …</extracomment>
            <translation>Партнеры-исполнители: введите наименование партнера %1 или удалите его из списка.</translation>
        </message>
        <message>
            <source>Focus areas: choose at least one of the nine focus areas of the fund (¶26).</source>
            <translation>Тематические направления: выберите хотя бы одно из девяти тематических направлений фонда (¶26).</translation>
        </message>
        <message>
            <source>Needs assessment: describe the national or regional needs assessment the activity answers, or give the reference of the document (¶13, ¶25a).</source>
            <translation>Оценка потребностей: опишите национальную или региональную оценку потребностей, которым отвечает мероприятие, или укажите реквизиты документа (¶13, ¶25a).</translation>
        </message>
        <message>
            <source>Applicant State: choose the government that applies. Eligible recipients are governments (¶24).</source>
            <translation>Государство-заявитель: выберите правительство, подающее заявку. Получателями средств могут быть правительства (¶24).</translation>
        </message>
        <message>
            <source>Applicant State: “%1” is not a Member State of the reference list. Eligible recipients are governments of Member States (¶24).</source>
            <extracomment>%1 is an ISO 3166 code such as FRA</extracomment>
            <translation>Государство-заявитель: «%1» не является государством-членом по справочному списку. Получателями средств могут быть правительства государств-членов (¶24).</translation>
        </message>
        <message>
            <source>Co-applicant States: the applicant State cannot also be a co-applicant.</source>
            <translation>Государства-созаявители: государство-заявитель не может одновременно быть созаявителем.</translation>
        </message>
        <message>
            <source>Co-applicant States: “%1” is not a Member State of the reference list.</source>
            <translation>Государства-созаявители: «%1» не является государством-членом по справочному списку.</translation>
        </message>
        <message>
            <source>Co-applicant States: %1 is listed twice.</source>
            <translation>Государства-созаявители: государство %1 указано дважды.</translation>
        </message>
        <message>
            <source>Start: enter the date the activity starts.</source>
            <translation>Начало: введите дату начала мероприятия.</translation>
        </message>
        <message>
            <source>End: enter the date the activity ends.</source>
            <translation>Окончание: введите дату окончания мероприятия.</translation>
        </message>
        <message>
            <source>End: the activity cannot end (%1) before it starts (%2).</source>
            <extracomment>%1 and %2 are ISO dates</extracomment>
            <translation>Окончание: мероприятие не может закончиться (%1) раньше, чем начнется (%2).</translation>
        </message>
        <message>
            <source>Amount requested: enter the amount requested for at least one year.</source>
            <translation>Запрошенная сумма: введите запрошенную сумму хотя бы на один год.</translation>
        </message>
        <message>
            <source>Amount requested: amounts are requested in US dollars (USD).</source>
            <translation>Запрошенная сумма: суммы запрашиваются в долларах США (USD).</translation>
        </message>
        <message>
            <source>Amount requested: the amount for %1 must be more than zero.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Запрошенная сумма: сумма на %1 год должна быть больше нуля.</translation>
        </message>
        <message>
            <source>Amount requested: %1 is outside the years of the activity (%2–%3).</source>
            <extracomment>%1 is a year; %2–%3 the first and last years of the activity</extracomment>
            <translation>Запрошенная сумма: %1 год выходит за пределы сроков мероприятия (%2–%3).</translation>
        </message>
        <message>
            <source>Amount requested: the year %1 is entered twice.</source>
            <translation>Запрошенная сумма: %1 год указан дважды.</translation>
        </message>
        <message>
            <source>Co-funding: enter the amount from other sources in US dollars, zero or more.</source>
            <translation>Софинансирование: введите сумму из других источников в долларах США, ноль или больше.</translation>
        </message>
        <message>
            <source>Reference: “%1” is already the reference of another application.</source>
            <extracomment>%1 is a reference such as CB-2026-014</extracomment>
            <translation>Номер: «%1» уже является номером другой заявки.</translation>
        </message>
        <message>
            <source>The application has been reviewed or discussed in a consultation, so it cannot be deleted; its record is part of the selection. Cancel it instead.</source>
            <translation>Заявка была оценена или обсуждена на консультации, поэтому ее нельзя удалить: запись о ней является частью процесса отбора. Вместо этого отмените ее.</translation>
        </message>
        <message>
            <source>The year %1 is out of range. Enter a year from %2 to %3.</source>
            <extracomment>%1 is the year asked for, %2 and %3 the first and last years allowed</extracomment>
            <translation>Год %1 выходит за допустимые пределы. Введите год от %2 до %3.</translation>
        </message>
        <message>
            <source>This needs the role “%1”; the current profile has the role “%2”.</source>
            <extracomment>%1 and %2 are role names, such as "Fund manager"</extracomment>
            <translation>Для этого требуется роль «%1»; у текущего профиля роль «%2».</translation>
        </message>
        <message>
            <source>The fund is not operational: no minimum threshold of contributions has been set (¶16). Set it in the fund's settings before approving.</source>
            <translation>Фонд не функционирует: минимальный порог взносов не установлен (¶16). Установите его в настройках фонда, прежде чем утверждать.</translation>
        </message>
        <message>
            <source>The fund is not operational yet: it becomes operational once the contributions received reach %1 (¶16); %2 is still missing.</source>
            <extracomment>%1 is the threshold, %2 the amount still missing, both with currency</extracomment>
            <translation>Фонд еще не функционирует: он начнет функционировать, когда полученные взносы достигнут %1 (¶16); недостает еще %2.</translation>
        </message>
        <message>
            <source>This is %1 short of the available programme balance of %2.</source>
            <extracomment>%1 is the shortfall, %2 the available balance, both with currency</extracomment>
            <translation>Для этого не хватает %1: доступный остаток средств для программ составляет %2.</translation>
        </message>
        <message>
            <source>The approved amount must be a positive amount in USD.</source>
            <translation>Утвержденная сумма должна быть положительной суммой в USD.</translation>
        </message>
        <message>
            <source>Enter the justification for changing the approved amount.</source>
            <translation>Введите обоснование изменения утвержденной суммы.</translation>
        </message>
        <message>
            <source>Only an approved item has an amount to amend.</source>
            <translation>Сумму для изменения имеет только утвержденная позиция.</translation>
        </message>
        <message>
            <source>This amendment has already been decided, or no longer exists.</source>
            <translation>По этому изменению уже принято решение, или оно больше не существует.</translation>
        </message>
        <message>
            <source>Whoever recommended a change cannot also approve it. Another profile of the High Representative's office must decide.</source>
            <translation>Тот, кто рекомендовал изменение, не может его и утвердить. Решение должен принять другой профиль Канцелярии Высокого представителя.</translation>
        </message>
        <message>
            <source>%1 has already been paid on this item; the approved amount cannot go below it.</source>
            <extracomment>%1 is the amount already paid, with currency</extracomment>
            <translation>По этой позиции уже выплачено %1; утвержденная сумма не может быть ниже этой суммы.</translation>
        </message>
        <message>
            <source>Date: enter the date of the consultation.</source>
            <translation>Дата: введите дату консультации.</translation>
        </message>
        <message>
            <source>Date: a consultation is recorded once it has taken place; the date cannot be in the future.</source>
            <translation>Дата: консультация регистрируется после того, как она состоялась; дата не может быть в будущем.</translation>
        </message>
        <message>
            <source>Participants: enter the States and members who took part.</source>
            <translation>Участники: введите государства и членов, принявших участие.</translation>
        </message>
        <message>
            <source>Participants: a line of the list is empty; enter a name or remove the line.</source>
            <translation>Участники: одна из строк списка пуста; введите имя или удалите строку.</translation>
        </message>
        <message>
            <source>Advice: one application the advice refers to is no longer in the fund's database.</source>
            <translation>Мнение: одной из заявок, к которым относится мнение, больше нет в базе данных фонда.</translation>
        </message>
        <message>
            <source>Advice: %1 has two entries; a consultation gives one advice per application.</source>
            <extracomment>%1 is a reference such as CB-2026-014</extracomment>
            <translation>Мнение: для %1 есть две записи; на консультации по каждой заявке выносится одно мнение.</translation>
        </message>
        <message>
            <source>Advice: write down the advice given on %1.</source>
            <translation>Мнение: запишите мнение, высказанное по заявке %1.</translation>
        </message>
        <message>
            <source>Choose the donor of this contribution.</source>
            <translation>Выберите донора этого взноса.</translation>
        </message>
        <message>
            <source>The chosen donor is no longer in the fund's database. Choose the donor again.</source>
            <translation>Выбранного донора больше нет в базе данных фонда. Выберите донора снова.</translation>
        </message>
        <message>
            <source>The UN's due diligence declined %1, so the fund cannot accept its money, pledged or received (¶14). Choose another donor, or record a new clearance on the donor if the decision was reversed.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>По итогам комплексной проверки ООН донор %1 отклонен, поэтому фонд не может принять его средства — ни объявленные, ни полученные (¶14). Выберите другого донора или зарегистрируйте в записи донора новое решение о допуске, если решение было пересмотрено.</translation>
        </message>
        <message>
            <source>%1 has not yet been cleared by the UN's due diligence, so its money can be pledged but not recorded as received (¶14). Record a pledge for now, or record the clearance on the donor first.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>Донор %1 еще не прошел комплексную проверку ООН, поэтому его средства можно зарегистрировать как объявленный взнос, но не как полученные (¶14). Пока зарегистрируйте объявленный взнос или сначала зарегистрируйте в записи донора решение о допуске.</translation>
        </message>
        <message>
            <source>Enter the date of the contribution.</source>
            <translation>Введите дату взноса.</translation>
        </message>
        <message>
            <source>The date %1 is before 1 January 2000. Check the year.</source>
            <extracomment>%1 is a date such as 1999-12-31</extracomment>
            <translation>Дата %1 раньше 1 января 2000 года. Проверьте год.</translation>
        </message>
        <message>
            <source>A receipt cannot be dated in the future: %1 is after today, %2. Enter the date the money was received, or record a pledge.</source>
            <extracomment>%1 and %2 are dates such as 2025-03-31</extracomment>
            <translation>Поступление не может быть датировано будущим числом: %1 позже сегодняшней даты (%2). Введите дату получения средств или зарегистрируйте объявленный взнос.</translation>
        </message>
        <message>
            <source>The amount must be above zero. Enter the amount the donor gives.</source>
            <translation>Сумма должна быть больше нуля. Введите сумму, которую вносит донор.</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose the currency from the list.</source>
            <extracomment>%1 is what was entered as a currency code</extracomment>
            <translation>«%1» не является известным кодом валюты ISO 4217. Выберите валюту из списка.</translation>
        </message>
        <message>
            <source>Enter the exchange rate to US dollars used on the day; it must be above zero.</source>
            <translation>Введите обменный курс к доллару США, применявшийся в тот день; он должен быть больше нуля.</translation>
        </message>
        <message>
            <source>The amount is in US dollars, so its exchange rate must be 1, not %1.</source>
            <extracomment>%1 is an exchange rate such as 0.98</extracomment>
            <translation>Сумма указана в долларах США, поэтому ее обменный курс должен быть равен 1, а не %1.</translation>
        </message>
        <message>
            <source>Only a receipt can be paid against a pledge. Clear the pledge it pays, or record a receipt.</source>
            <translation>В счет объявленного взноса может быть зачтено только поступление. Очистите поле объявленного взноса или зарегистрируйте поступление.</translation>
        </message>
        <message>
            <source>A receipt cannot be paid against itself. Choose the pledge it pays, or none.</source>
            <translation>Поступление не может быть зачтено в счет самого себя. Выберите объявленный взнос, в счет которого оно зачтено, или не выбирайте ничего.</translation>
        </message>
        <message>
            <source>The pledge this receipt pays is not in the fund's database. Choose the pledge again, or none.</source>
            <translation>Объявленного взноса, в счет которого зачтено это поступление, нет в базе данных фонда. Выберите объявленный взнос снова или не выбирайте ничего.</translation>
        </message>
        <message>
            <source>The chosen pledge was made by another donor. Choose a pledge of %1, or none.</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>Выбранный объявленный взнос сделан другим донором. Выберите объявленный взнос донора %1 или не выбирайте ничего.</translation>
        </message>
        <message>
            <source>The chosen pledge is in %1 and this receipt in %2. Record the receipt in %1, or choose another pledge.</source>
            <extracomment>%1 and %2 are currency codes such as EUR</extracomment>
            <translation>Выбранный объявленный взнос указан в %1, а это поступление — в %2. Зарегистрируйте поступление в %1 или выберите другой объявленный взнос.</translation>
        </message>
        <message>
            <source>The fund accepts no earmarked contributions (¶19): money restricted to specific activities cannot be recorded. Ask the donor to lift the restriction, then record the contribution without it.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>Фонд не принимает целевые взносы (¶19): средства, предназначенные только для конкретных мероприятий, нельзя зарегистрировать. Попросите донора снять ограничение, а затем зарегистрируйте взнос без него.</translation>
        </message>
        <message>
            <source>This receipt comes with conditions. Confirm that they do not restrict its use to specific activities (no earmarking, ¶19) before recording it.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>Это поступление сопровождается условиями. Прежде чем регистрировать его, подтвердите, что они не ограничивают использование средств конкретными мероприятиями (без целевого назначения, ¶19).</translation>
        </message>
        <message>
            <source>Only a pledge can have a schedule of payments. Remove the schedule, or record a pledge.</source>
            <translation>График платежей может быть только у объявленного взноса. Удалите график или зарегистрируйте объявленный взнос.</translation>
        </message>
        <message>
            <source>Enter the due date of scheduled payment %1.</source>
            <extracomment>%1 is the number of the payment in the schedule: 1, 2, 3 …</extracomment>
            <translation>Введите срок запланированного платежа %1.</translation>
        </message>
        <message>
            <source>Scheduled payment %1 must be above zero.</source>
            <extracomment>%1 is the number of the payment in the schedule: 1, 2, 3 …</extracomment>
            <translation>Запланированный платеж %1 должен быть больше нуля.</translation>
        </message>
        <message>
            <source>Scheduled payment %1 is in %2, but the pledge is in %3. Enter every payment in %3.</source>
            <extracomment>%1 is the number of the payment; %2 and %3 are currency codes such as EUR</extracomment>
            <translation>Запланированный платеж %1 указан в %2, а объявленный взнос — в %3. Укажите все платежи в %3.</translation>
        </message>
        <message>
            <source>The scheduled payments add up to %1 %2, but the pledge is %3 %2. Adjust the payments so that they add up to the pledge.</source>
            <extracomment>%1 and %3 are amounts such as 1000.00, %2 their currency code such as EUR</extracomment>
            <translation>Сумма запланированных платежей составляет %1 %2, а объявленный взнос — %3 %2. Скорректируйте платежи так, чтобы их сумма была равна объявленному взносу.</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) are recorded against this pledge, so it must stay a pledge. Record the money received as a receipt instead.</source>
            <translation>
                <numerusform>В счет этого объявленного взноса зарегистрировано %n поступление, поэтому он должен остаться объявленным взносом. Вместо этого зарегистрируйте полученные средства как поступление.</numerusform>
                <numerusform>В счет этого объявленного взноса зарегистрировано %n поступления, поэтому он должен остаться объявленным взносом. Вместо этого зарегистрируйте полученные средства как поступление.</numerusform>
                <numerusform>В счет этого объявленного взноса зарегистрировано %n поступлений, поэтому он должен остаться объявленным взносом. Вместо этого зарегистрируйте полученные средства как поступление.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) from this donor are recorded against this pledge, so its donor cannot change.</source>
            <translation>
                <numerusform>В счет этого объявленного взноса зарегистрировано %n поступление от этого донора, поэтому донора изменить нельзя.</numerusform>
                <numerusform>В счет этого объявленного взноса зарегистрировано %n поступления от этого донора, поэтому донора изменить нельзя.</numerusform>
                <numerusform>В счет этого объявленного взноса зарегистрировано %n поступлений от этого донора, поэтому донора изменить нельзя.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) in %1 are recorded against this pledge, so its currency must stay %1.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>
                <numerusform>В счет этого объявленного взноса зарегистрировано %n поступление в %1, поэтому его валютой должна остаться %1.</numerusform>
                <numerusform>В счет этого объявленного взноса зарегистрировано %n поступления в %1, поэтому его валютой должна остаться %1.</numerusform>
                <numerusform>В счет этого объявленного взноса зарегистрировано %n поступлений в %1, поэтому его валютой должна остаться %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>This contribution has been received, so its earlier state is kept in its history. Enter the reason for the change.</source>
            <translation>Этот взнос получен, поэтому его прежнее состояние сохраняется в истории. Введите причину изменения.</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) are recorded against this pledge, so it cannot be deleted. Delete those receipts first, or keep the pledge.</source>
            <translation>
                <numerusform>В счет этого объявленного взноса зарегистрировано %n поступление, поэтому его нельзя удалить. Сначала удалите поступление или сохраните объявленный взнос.</numerusform>
                <numerusform>В счет этого объявленного взноса зарегистрировано %n поступления, поэтому его нельзя удалить. Сначала удалите эти поступления или сохраните объявленный взнос.</numerusform>
                <numerusform>В счет этого объявленного взноса зарегистрировано %n поступлений, поэтому его нельзя удалить. Сначала удалите эти поступления или сохраните объявленный взнос.</numerusform>
            </translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building (demo)</source>
            <translation>Добровольный фонд ООН для наращивания потенциала в области безопасности ИКТ (демонстрационный)</translation>
        </message>
        <message>
            <source>Enter the date of the payment.</source>
            <translation>Введите дату платежа.</translation>
        </message>
        <message>
            <source>A payment cannot be dated in the future.</source>
            <translation>Платеж не может быть датирован будущим числом.</translation>
        </message>
        <message>
            <source>Enter the payee.</source>
            <translation>Введите получателя платежа.</translation>
        </message>
        <message>
            <source>Enter an amount above zero.</source>
            <translation>Введите сумму больше нуля.</translation>
        </message>
        <message>
            <source>A payment is a positive amount; record money coming back as a refund, with its reason.</source>
            <translation>Платеж — это положительная сумма; возвращаемые средства регистрируйте как возврат с указанием причины.</translation>
        </message>
        <message>
            <source>Enter the reason for the refund.</source>
            <translation>Введите причину возврата.</translation>
        </message>
        <message>
            <source>Payments can be made only against an approved or active sponsorship or activity.</source>
            <translation>Платежи могут производиться только по утвержденному или выполняемому финансированию участия или мероприятию.</translation>
        </message>
        <message>
            <source>Choose the recipient State from the list.</source>
            <translation>Выберите государство-получателя из списка.</translation>
        </message>
        <message>
            <source>This payment of %1 exceeds what remains committed on the item: %2.</source>
            <extracomment>%1 is the payment in USD, %2 what remains committed, both with currency</extracomment>
            <translation>Этот платеж в размере %1 превышает остаток обязательств по позиции: %2.</translation>
        </message>
        <message>
            <source>This refund of %1 exceeds what was paid on the item: %2.</source>
            <extracomment>%1 is the refund in USD, %2 what was paid, both with currency</extracomment>
            <translation>Этот возврат в размере %1 превышает сумму, выплаченную по позиции: %2.</translation>
        </message>
        <message>
            <source>Choose what kind of donor this is.</source>
            <translation>Выберите вид донора.</translation>
        </message>
        <message>
            <source>Choose the State from the list.</source>
            <translation>Выберите государство из списка.</translation>
        </message>
        <message>
            <source>“%1” is not a State of the reference list. Choose the State from the list.</source>
            <extracomment>%1 is a code such as FRA</extracomment>
            <translation>«%1» не является государством из справочного списка. Выберите государство из списка.</translation>
        </message>
        <message>
            <source>%1 is an observer State, not a Member State. Choose “Observer State” as the kind of donor, or another State.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>%1 является государством-наблюдателем, а не государством-членом. Выберите вид донора «Государство-наблюдатель» или другое государство.</translation>
        </message>
        <message>
            <source>%1 is a Member State, not an observer State. Choose “Member State” as the kind of donor, or another State.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>%1 является государством-членом, а не государством-наблюдателем. Выберите вид донора «Государство-член» или другое государство.</translation>
        </message>
        <message>
            <source>%1 already has a donor record, and a State has only one. Choose that record instead of adding a new one.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>У государства %1 уже есть запись донора, а у государства она может быть только одна. Выберите эту запись вместо того, чтобы добавлять новую.</translation>
        </message>
        <message>
            <source>Enter the donor's name.</source>
            <translation>Введите наименование донора.</translation>
        </message>
        <message>
            <source>The donor's name is %1 characters long. Shorten it to at most %2 characters.</source>
            <translation>Наименование донора содержит слишком много знаков (%1). Сократите его не более чем до %2 знаков.</translation>
        </message>
        <message>
            <source>“%1” is not a country of the reference list. Choose the country from the list, or leave it empty.</source>
            <extracomment>%1 is a code such as FRA</extracomment>
            <translation>«%1» не является страной из справочного списка. Выберите страну из списка или оставьте поле пустым.</translation>
        </message>
        <message>
            <source>A donor of the kind “%1” needs no due-diligence clearance. Set the clearance to “Not required”.</source>
            <extracomment>%1 is a kind of donor, such as "Member State"</extracomment>
            <translation>Донору вида «%1» не требуется допуск по итогам комплексной проверки. Установите для проверки значение «Не требуется».</translation>
        </message>
        <message>
            <source>Enter the date of the due-diligence decision (%1).</source>
            <extracomment>%1 is a due-diligence status: "Cleared" or "Declined"</extracomment>
            <translation>Введите дату решения по итогам комплексной проверки (%1).</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n contribution(s) recorded, so the donor cannot be deleted: the fund's books must keep who gave what. Delete the contributions first if they were entered by mistake.</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>
                <numerusform>Для донора %1 зарегистрирован %n взнос, поэтому донора нельзя удалить: в учете фонда должно сохраняться, кто и что внес. Если взносы были введены по ошибке, сначала удалите их.</numerusform>
                <numerusform>Для донора %1 зарегистрировано %n взноса, поэтому донора нельзя удалить: в учете фонда должно сохраняться, кто и что внес. Если взносы были введены по ошибке, сначала удалите их.</numerusform>
                <numerusform>Для донора %1 зарегистрировано %n взносов, поэтому донора нельзя удалить: в учете фонда должно сохраняться, кто и что внес. Если взносы были введены по ошибке, сначала удалите их.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: not a capital-based government official currently working on cyber/ICT-security diplomacy, policy or related technical fields</source>
            <extracomment>%1 is "¶21(a)"</extracomment>
            <translation>%1: не является государственным служащим из столицы, работающим в настоящее время в области кибердипломатии или дипломатии по вопросам безопасности ИКТ, соответствующей политики или смежных технических областях</translation>
        </message>
        <message>
            <source>%1: no direct experience of ICT-security matters in the current post, or no intention to contribute to the UN discussions</source>
            <extracomment>%1 is "¶21(b)"</extracomment>
            <translation>%1: нет непосредственного опыта работы по вопросам безопасности ИКТ на нынешней должности или намерения участвовать в обсуждениях в ООН</translation>
        </message>
        <message>
            <source>%1: not able to travel and attend during the sessions</source>
            <extracomment>%1 is "¶21(c)"</extracomment>
            <translation>%1: нет возможности совершать поездки и присутствовать во время сессий</translation>
        </message>
        <message>
            <source>%1: will not attend all formal meetings and the capacity-building activities alongside them</source>
            <extracomment>%1 is "¶21(d)"</extracomment>
            <translation>%1: не будет присутствовать на всех официальных заседаниях и мероприятиях по наращиванию потенциала, проводимых параллельно с ними</translation>
        </message>
        <message>
            <source>%1: not willing to share a report on the experience with the fund manager</source>
            <extracomment>%1 is "¶21(e)"</extracomment>
            <translation>%1: нет готовности поделиться с управляющим фондом отчетом о полученном опыте</translation>
        </message>
        <message>
            <source>The fund's setting “%1” holds a value FundDesk cannot read. Open the fund's settings, enter the value again and save.</source>
            <extracomment>%1 is the internal name of a setting, e.g. fund.threshold.usd_minor</extracomment>
            <translation>Параметр фонда «%1» содержит значение, которое FundDesk не может прочитать. Откройте настройки фонда, снова введите значение и сохраните.</translation>
        </message>
        <message>
            <source>The fund's name is %2 characters long. Shorten it to %1 characters at most.</source>
            <extracomment>%1 is the maximum number of characters, %2 the number typed</extracomment>
            <translation>Название фонда содержит слишком много знаков (%2). Сократите его не более чем до %1 знаков.</translation>
        </message>
        <message>
            <source>The operational threshold cannot be negative. Enter zero, or the amount of receipts at which the fund becomes operational.</source>
            <translation>Операционный порог не может быть отрицательным. Введите ноль или сумму поступлений, по достижении которой фонд начинает функционировать.</translation>
        </message>
        <message>
            <source>The operational threshold is in %1, but the fund's books are kept in US dollars. Enter the threshold in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>Операционный порог указан в %1, а учет фонда ведется в долларах США. Введите порог в USD.</translation>
        </message>
        <message>
            <source>The annual cost of the Professional post cannot be negative. Enter zero or an amount above zero.</source>
            <translation>Годовые расходы на должность категории специалистов не могут быть отрицательными. Введите ноль или сумму больше нуля.</translation>
        </message>
        <message>
            <source>The annual cost of the Professional post is in %1, but the fund's books are kept in US dollars. Enter the cost in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>Годовые расходы на должность категории специалистов указаны в %1, а учет фонда ведется в долларах США. Введите расходы в USD.</translation>
        </message>
        <message>
            <source>The annual cost of the General Service post cannot be negative. Enter zero or an amount above zero.</source>
            <translation>Годовые расходы на должность категории общего обслуживания не могут быть отрицательными. Введите ноль или сумму больше нуля.</translation>
        </message>
        <message>
            <source>The annual cost of the General Service post is in %1, but the fund's books are kept in US dollars. Enter the cost in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>Годовые расходы на должность категории общего обслуживания указаны в %1, а учет фонда ведется в долларах США. Введите расходы в USD.</translation>
        </message>
        <message>
            <source>The minimum funding per activity cannot be negative. Enter zero or an amount above zero.</source>
            <translation>Минимальный уровень финансирования мероприятия не может быть отрицательным. Введите ноль или сумму больше нуля.</translation>
        </message>
        <message>
            <source>The minimum funding per activity is in %1, but the fund's books are kept in US dollars. Enter the minimum in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>Минимальный уровень финансирования мероприятия указан в %1, а учет фонда ведется в долларах США. Введите минимальный уровень в USD.</translation>
        </message>
        <message>
            <source>The threshold cannot have been announced on %1, after today (%2). Enter the date donors were told the threshold, or leave it empty until then.</source>
            <extracomment>%1 is the date entered, %2 today's date, both as YYYY-MM-DD</extracomment>
            <translation>Порог не может быть объявлен %1, то есть позже сегодняшнего дня (%2). Введите дату, когда донорам был сообщен порог, или оставьте поле пустым до этого момента.</translation>
        </message>
        <message>
            <source>Not yet operational: set the minimum threshold of contributions in Settings (¶16).</source>
            <translation>Фонд еще не функционирует: установите минимальный порог взносов в настройках (¶16).</translation>
        </message>
        <message>
            <source>Operational: contributions received have reached the threshold of %1.</source>
            <translation>Фонд функционирует: полученные взносы достигли порога в %1.</translation>
        </message>
        <message>
            <source>Not yet operational: %1 still missing to reach the threshold of %2 (¶16).</source>
            <translation>Фонд еще не функционирует: до достижения порога в %2 недостает %1 (¶16).</translation>
        </message>
        <message>
            <source>No meeting has the reference “%1”.</source>
            <translation>Нет совещания с номером «%1».</translation>
        </message>
        <message>
            <source>Enter the meeting's reference, such as PM-2026-1.</source>
            <translation>Введите номер совещания, например PM-2026-1.</translation>
        </message>
        <message>
            <source>Another meeting already has the reference “%1”.</source>
            <translation>Совещание с номером «%1» уже существует.</translation>
        </message>
        <message>
            <source>Enter the meeting's name.</source>
            <translation>Введите название совещания.</translation>
        </message>
        <message>
            <source>Enter the city where the meeting is held.</source>
            <translation>Введите город, в котором проводится совещание.</translation>
        </message>
        <message>
            <source>Enter the first day of the meeting.</source>
            <translation>Введите первый день совещания.</translation>
        </message>
        <message>
            <source>The last day of the meeting cannot be before its first day.</source>
            <translation>Последний день совещания не может быть раньше первого.</translation>
        </message>
        <message numerus="yes">
            <source>The formal meeting days must be from 1 to %n, the days from the first to the last day of the meeting.</source>
            <translation>
                <numerusform>Дни официальных заседаний должны быть в пределах от 1 до %n, то есть дней с первого по последний день совещания.</numerusform>
                <numerusform>Дни официальных заседаний должны быть в пределах от 1 до %n, то есть дней с первого по последний день совещания.</numerusform>
                <numerusform>Дни официальных заседаний должны быть в пределах от 1 до %n, то есть дней с первого по последний день совещания.</numerusform>
            </translation>
        </message>
        <message>
            <source>The airfare from %1 must be an amount in USD of 0 or more.</source>
            <extracomment>%1 is a region of the world, such as Africa</extracomment>
            <translation>Стоимость авиабилета из региона «%1» должна быть суммой в USD, равной 0 или больше.</translation>
        </message>
        <message>
            <source>The daily subsistence allowance must be an amount in USD of 0 or more.</source>
            <translation>Суточные должны быть суммой в USD, равной 0 или больше.</translation>
        </message>
        <message>
            <source>The days of subsistence allowance cannot be negative.</source>
            <translation>Число дней выплаты суточных не может быть отрицательным.</translation>
        </message>
        <message>
            <source>The terminal expenses must be an amount in USD of 0 or more.</source>
            <translation>Терминальные расходы должны быть суммой в USD, равной 0 или больше.</translation>
        </message>
        <message numerus="yes">
            <source>%n sponsorship application(s) are recorded for this meeting, so it cannot be deleted.</source>
            <translation>
                <numerusform>Для этого совещания зарегистрирована %n заявка на финансирование участия, поэтому его нельзя удалить.</numerusform>
                <numerusform>Для этого совещания зарегистрировано %n заявки на финансирование участия, поэтому его нельзя удалить.</numerusform>
                <numerusform>Для этого совещания зарегистрировано %n заявок на финансирование участия, поэтому его нельзя удалить.</numerusform>
            </translation>
        </message>
        <message>
            <source>The year %1 is closed, so its records cannot be changed. The fund manager can reopen the year, giving a reason.</source>
            <extracomment>%1 is a year such as 2025</extracomment>
            <translation>%1 год закрыт, поэтому его записи нельзя изменить. Управляющий фондом может вновь открыть год, указав причину.</translation>
        </message>
        <message>
            <source>Only the fund manager can close or reopen a year. The current profile has the role “%1”.</source>
            <extracomment>%1 is the name of a role, such as "Fund manager"</extracomment>
            <translation>Закрывать и вновь открывать год может только управляющий фондом. У текущего профиля роль «%1».</translation>
        </message>
        <message>
            <source>The year %1 is already closed.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>%1 год уже закрыт.</translation>
        </message>
        <message>
            <source>Enter the reason for reopening the year: it is kept on record.</source>
            <translation>Введите причину повторного открытия года: она сохраняется в записях.</translation>
        </message>
        <message>
            <source>The year %1 is not closed.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>%1 год не закрыт.</translation>
        </message>
        <message>
            <source>A scheduled payment of a pledge in %1 is in %2. Enter every scheduled payment in the pledge's currency.</source>
            <extracomment>%1 is the pledge's currency, %2 the currency of one of its scheduled payments</extracomment>
            <translation>Один из запланированных платежей по объявленному взносу в %1 указан в %2. Укажите все запланированные платежи в валюте объявленного взноса.</translation>
        </message>
        <message>
            <source>The profile is no longer in the fund's database.</source>
            <translation>Профиля больше нет в базе данных фонда.</translation>
        </message>
        <message>
            <source>Enter the name of the profile.</source>
            <translation>Введите имя профиля.</translation>
        </message>
        <message>
            <source>A profile named “%1” already exists.</source>
            <extracomment>%1 is the name of a person's profile</extracomment>
            <translation>Профиль с именем «%1» уже существует.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column %2: a quotation mark is misplaced. A field with quotation marks must be enclosed in them entirely.</source>
            <translation>Справочные данные, строка %1, столбец %2: неправильно поставлена кавычка. Поле с кавычками должно быть целиком заключено в них.</translation>
        </message>
        <message>
            <source>Reference data, row %1: a quoted field is not closed before the end of the file.</source>
            <translation>Справочные данные, строка %1: поле в кавычках не закрыто до конца файла.</translation>
        </message>
        <message>
            <source>Reference data: the column “%1” appears twice in the header.</source>
            <translation>Справочные данные: столбец «%1» встречается в заголовке дважды.</translation>
        </message>
        <message>
            <source>Reference data: the column “%1” is missing from the header.</source>
            <translation>Справочные данные: в заголовке отсутствует столбец «%1».</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: the value is empty.</source>
            <translation>Справочные данные, строка %1, столбец «%2»: значение не указано.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” is not 0 or 1.</source>
            <translation>Справочные данные, строка %1, столбец «%2»: «%3» не равно 0 или 1.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” is not a valid value.</source>
            <translation>Справочные данные, строка %1, столбец «%2»: «%3» не является допустимым значением.</translation>
        </message>
        <message>
            <source>Reference data: the file is not valid UTF-8 text.</source>
            <translation>Справочные данные: файл не является текстом в кодировке UTF-8.</translation>
        </message>
        <message>
            <source>Reference data: the file is empty; a header row is expected.</source>
            <translation>Справочные данные: файл пуст; ожидается строка заголовка.</translation>
        </message>
        <message>
            <source>Reference data, row %1: %2 fields where the header has %3.</source>
            <translation>Справочные данные, строка %1: полей — %2, а в заголовке — %3.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” appears twice.</source>
            <translation>Справочные данные, строка %1, столбец «%2»: «%3» встречается дважды.</translation>
        </message>
        <message>
            <source>The list of States built into FundDesk could not be read.</source>
            <translation>Не удалось прочитать встроенный в FundDesk список государств.</translation>
        </message>
        <message>
            <source>Conflict of interest: describe the conflict you declare, so the record shows why you did not score.</source>
            <translation>Конфликт интересов: опишите заявленный вами конфликт, чтобы в записи было видно, почему вы не выставили оценку.</translation>
        </message>
        <message>
            <source>Reviewer: enter the name of the reviewer.</source>
            <translation>Рецензент: введите имя рецензента.</translation>
        </message>
        <message>
            <source>Reviewer: %1 has already declared for this application. Open that review instead.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>Рецензент: %1 уже представил(а) декларацию по этой заявке. Откройте эту оценку.</translation>
        </message>
        <message>
            <source>%1 declared a conflict of interest for this application and cannot score it. The aggregate score is computed without this reviewer.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>%1 заявил(а) о конфликте интересов в связи с этой заявкой и не может ее оценивать. Сводный балл рассчитывается без учета этого рецензента.</translation>
        </message>
        <message>
            <source>%1: the score must be a whole number from %2 to %3.</source>
            <extracomment>%1 is a criterion name; %2 and %3 the ends of the scale (0 and 5)</extracomment>
            <translation>%1: балл должен быть целым числом от %2 до %3.</translation>
        </message>
        <message>
            <source>Justification: explain the scores in writing; the selection must be transparent and accountable.</source>
            <translation>Обоснование: объясните баллы в письменной форме; отбор должен быть прозрачным и подотчетным.</translation>
        </message>
        <message numerus="yes">
            <source>You pinned %1 applicants for %n seat(s): the slate is the pinned applicants only. Unpin some or add seats.</source>
            <translation>
                <numerusform>Число закрепленных вами кандидатов (%1) превышает число мест (%n): в список входят только закрепленные кандидаты. Открепите некоторых из них или добавьте места.</numerusform>
                <numerusform>Число закрепленных вами кандидатов (%1) превышает число мест (%n): в список входят только закрепленные кандидаты. Открепите некоторых из них или добавьте места.</numerusform>
                <numerusform>Число закрепленных вами кандидатов (%1) превышает число мест (%n): в список входят только закрепленные кандидаты. Открепите некоторых из них или добавьте места.</numerusform>
            </translation>
        </message>
        <message>
            <source>The pinned applicants cost %1, more than the budget of %2: the slate is the pinned applicants only.</source>
            <translation>Стоимость закрепленных кандидатов (%1) превышает бюджет (%2): в список входят только закрепленные кандидаты.</translation>
        </message>
        <message>
            <source>Pinned by you</source>
            <translation>Закреплен(а) вами</translation>
        </message>
        <message>
            <source>One of %1 delegates from %2: no applicant from another State could take the seat</source>
            <translation>Один из %1 делегатов от государства %2: ни один кандидат из другого государства не мог занять это место</translation>
        </message>
        <message>
            <source>Only applicant from %1</source>
            <translation>Единственный кандидат от государства %1</translation>
        </message>
        <message numerus="yes">
            <source>Chosen among %n applicants from %1</source>
            <translation>
                <numerusform>Выбор из %n кандидата от государства %1</numerusform>
                <numerusform>Выбор из %n кандидатов от государства %1</numerusform>
                <numerusform>Выбор из %n кандидатов от государства %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Covers %1</source>
            <translation>Обеспечивает охват: %1</translation>
        </message>
        <message>
            <source>Priority State: %1</source>
            <extracomment>%1 is a list of priority groups such as "LDC and LLDC" (¶22)</extracomment>
            <translation>Приоритетное государство: %1</translation>
        </message>
        <message>
            <source>Score %1</source>
            <translation>Балл %1</translation>
        </message>
        <message>
            <source>No reviewer score yet</source>
            <translation>Оценок рецензентов пока нет</translation>
        </message>
        <message>
            <source>Excluded by you</source>
            <translation>Исключен(а) вами</translation>
        </message>
        <message>
            <source>Not eligible: %1</source>
            <extracomment>%1 lists the failing criteria, such as "¶21(a) and ¶21(c)"</extracomment>
            <translation>Не соответствует требованиям: %1</translation>
        </message>
        <message>
            <source>Not screened yet: assess %1</source>
            <extracomment>%1 lists the criteria not yet assessed, such as "¶21(b) and ¶21(d)"</extracomment>
            <translation>Проверка не проведена: оцените %1</translation>
        </message>
        <message>
            <source>Would need a budget of %1 more</source>
            <translation>Бюджет потребовалось бы увеличить на %1</translation>
        </message>
        <message>
            <source>The pinned applicants take the whole slate</source>
            <translation>Закрепленные кандидаты занимают весь список</translation>
        </message>
        <message>
            <source>%1 already has a delegate and other States wait</source>
            <translation>От государства %1 уже есть делегат, а другие государства ожидают</translation>
        </message>
        <message>
            <source>Every seat is taken by a pinned applicant</source>
            <translation>Все места заняты закрепленными кандидатами</translation>
        </message>
        <message>
            <source>Taking them would leave %1 without a delegate</source>
            <translation>Выбор этого кандидата оставил бы государство %1 без делегата</translation>
        </message>
        <message>
            <source>Taking them would leave fewer than half of the seats to women</source>
            <translation>Выбор этого кандидата оставил бы женщинам меньше половины мест</translation>
        </message>
        <message>
            <source>Taking them would leave %1 uncovered</source>
            <translation>Выбор этого кандидата оставил бы без охвата: %1</translation>
        </message>
        <message>
            <source>Taking them would mean one delegate fewer from LDC, LLDC and SIDS</source>
            <translation>Выбор этого кандидата означал бы на одного делегата меньше от НРС, РСНВМ и МОСРГ</translation>
        </message>
        <message>
            <source>A higher score than %1 (the lowest selected with the same profile)</source>
            <translation>Нужен балл выше %1 (самого низкого среди отобранных кандидатов с тем же профилем)</translation>
        </message>
        <message>
            <source>A higher score than %1 (the score of %2, whose place they would take)</source>
            <translation>Нужен балл выше %1 (балла кандидата %2, чье место пришлось бы занять)</translation>
        </message>
        <message>
            <source>Same standing as %1, who costs %2 less</source>
            <translation>Равное положение с кандидатом %1, участие которого обходится на %2 дешевле</translation>
        </message>
        <message>
            <source>Same standing and cost as %1, whose application came first</source>
            <translation>Равное положение и стоимость с кандидатом %1, заявка которого поступила раньше</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>No regional group is covered by the slate</extracomment>
            <translation>нет</translation>
        </message>
        <message>
            <source>Seats filled</source>
            <translation>Занято мест</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 из %2</translation>
        </message>
        <message>
            <source>States</source>
            <translation>Государства</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>Общая стоимость</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Бюджет</translation>
        </message>
        <message>
            <source>%1 (%2 left)</source>
            <translation>%1 (остается %2)</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Женщины</translation>
        </message>
        <message>
            <source>%1 (%2 %)</source>
            <translation>%1 (%2 %)</translation>
        </message>
        <message>
            <source>Regional groups covered</source>
            <translation>Охваченные региональные группы</translation>
        </message>
        <message>
            <source>%1 of 5: %2</source>
            <translation>%1 из 5: %2</translation>
        </message>
        <message>
            <source>From LDC, LLDC or SIDS</source>
            <translation>Из НРС, РСНВМ или МОСРГ</translation>
        </message>
        <message>
            <source>The seats must be a whole number from 1 to %1.</source>
            <translation>Число мест должно быть целым числом от 1 до %1.</translation>
        </message>
        <message>
            <source>The budget must be an amount in USD of 0 or more.</source>
            <translation>Бюджет должен быть суммой в USD, равной 0 или больше.</translation>
        </message>
        <message>
            <source>Choose the meeting the applicant would attend.</source>
            <translation>Выберите совещание, в котором будет участвовать кандидат.</translation>
        </message>
        <message>
            <source>Enter the applicant's name.</source>
            <translation>Введите имя кандидата.</translation>
        </message>
        <message>
            <source>Choose the applicant's gender, or “Other or undisclosed”.</source>
            <translation>Выберите пол кандидата или «Другое или не указано».</translation>
        </message>
        <message>
            <source>Choose the applicant's State from the list.</source>
            <translation>Выберите государство кандидата из списка.</translation>
        </message>
        <message>
            <source>The cost you set must be an amount in USD of 0 or more.</source>
            <translation>Заданная вами стоимость должна быть суммой в USD, равной 0 или больше.</translation>
        </message>
        <message>
            <source>Say why the cost differs from the meeting's norms.</source>
            <translation>Укажите, почему стоимость отличается от норм совещания.</translation>
        </message>
        <message>
            <source>The score must be a whole number from 0 to 100.</source>
            <translation>Балл должен быть целым числом от 0 до 100.</translation>
        </message>
        <message>
            <source>The actual cost must be an amount in USD of 0 or more.</source>
            <translation>Фактическая стоимость должна быть суммой в USD, равной 0 или больше.</translation>
        </message>
        <message>
            <source>not every criterion of ¶21 is assessed yet</source>
            <translation>оценены еще не все критерии ¶21</translation>
        </message>
        <message>
            <source>This application cannot be recommended: %1.</source>
            <extracomment>%1 is the reason, such as "¶21(c): not able to travel and attend during the sessions"</extracomment>
            <translation>Эту заявку нельзя рекомендовать: %1.</translation>
        </message>
        <message>
            <source>Choose the meeting and the State to estimate the cost.</source>
            <translation>Выберите совещание и государство, чтобы оценить стоимость.</translation>
        </message>
        <message>
            <source>The sponsorship is no longer in the fund's database.</source>
            <translation>Финансирования участия больше нет в базе данных фонда.</translation>
        </message>
        <message>
            <source>The activity is no longer in the fund's database.</source>
            <translation>Мероприятия больше нет в базе данных фонда.</translation>
        </message>
        <message>
            <source>An application cannot move from “%1” to “%2”: “%1” is a final status.</source>
            <extracomment>%1 and %2 are statuses of an application</extracomment>
            <translation>Заявку нельзя перевести из статуса «%1» в статус «%2»: «%1» — окончательный статус.</translation>
        </message>
        <message>
            <source>An application cannot move from “%1” to “%2”. From “%1” it can move only to %3.</source>
            <extracomment>%1 and %2 are statuses; %3 lists the statuses allowed next, separated by commas</extracomment>
            <translation>Заявку нельзя перевести из статуса «%1» в статус «%2». Из статуса «%1» ее можно перевести только в: %3.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Choose your profile before changing an application's status.</source>
            <translation>Выберите свой профиль, прежде чем менять статус заявки.</translation>
        </message>
        <message>
            <source>Only a profile with the role “%2” can record “%1”; the current profile has the role “%3”.</source>
            <extracomment>%1 is a status, %2 and %3 are role names</extracomment>
            <translation>Присвоить статус «%1» может только профиль с ролью «%2»; у текущего профиля роль «%3».</translation>
        </message>
        <message>
            <source>not every ¶21 criterion has been assessed</source>
            <translation>оценены не все критерии ¶21</translation>
        </message>
        <message>
            <source>This sponsorship cannot be “%1”: %2.</source>
            <extracomment>%1 is a status; %2 lists the failed ¶21 criteria, separated by semicolons</extracomment>
            <translation>Финансированию участия нельзя присвоить статус «%1»: %2.</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>%1 recommended this application, so %1 cannot also approve or reject it. Another profile of the High Representative's office must decide.</source>
            <extracomment>%1 is the name of a person's profile</extracomment>
            <translation>%1 рекомендовал(а) эту заявку, поэтому %1 не может также утвердить или отклонить ее. Решение должен принять другой профиль Канцелярии Высокого представителя.</translation>
        </message>
        <message>
            <source>Enter the written justification for “%1”: it is required both for recommending and for not recommending.</source>
            <extracomment>%1 is a status such as "Recommended"</extracomment>
            <translation>Введите письменное обоснование для статуса «%1»: оно обязательно как для рекомендации, так и для отказа в ней.</translation>
        </message>
        <message>
            <source>The amount “%1” has its thousands grouped wrongly: use groups of three digits, as in %2.</source>
            <translation>В сумме «%1» разряды тысяч сгруппированы неправильно: используйте группы из трех цифр, как в %2.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail was never sealed: it was added outside FundDesk.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>Запись %1 журнала аудита не была опечатана: она добавлена вне FundDesk.</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be read: check that you may read it and that the disk is not full.</source>
            <translation>Не удалось прочитать базу данных фонда «%1»: проверьте, есть ли у вас право на ее чтение и не заполнен ли диск.</translation>
        </message>
        <message>
            <source>The fund's database “%1” was deleted, moved or replaced while FundDesk had it open. Nothing more is saved to it: back up now to keep what is open, then open the fund again.</source>
            <translation>База данных фонда «%1» была удалена, перемещена или заменена, пока она была открыта в FundDesk. В нее больше ничего не сохраняется: сейчас же создайте резервную копию, чтобы сохранить открытые данные, а затем снова откройте фонд.</translation>
        </message>
        <message>
            <source>The fund's database “%1” is read-only: FundDesk cannot save changes to it. Open it read-only, or make the file writable.</source>
            <translation>База данных фонда «%1» доступна только для чтения: FundDesk не может сохранить в нее изменения. Откройте ее только для чтения или сделайте файл доступным для записи.</translation>
        </message>
        <message>
            <source>%1 on %2, process %3, since %4 UTC</source>
            <extracomment>who holds a fund open: %1 user name, %2 computer name, %3 process number, %4 date and time</extracomment>
            <translation>%1 на компьютере %2, процесс %3, с %4 UTC</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
        <message>
            <source>“%1” is already open for changes in another FundDesk (%2). Close it there first, or open the fund read-only.</source>
            <extracomment>%1 the fund's file, %2 who has it open (user, computer, process, since when)</extracomment>
            <translation>«%1» уже открыт для изменения в другом экземпляре FundDesk (%2). Сначала закройте его там или откройте фонд только для чтения.</translation>
        </message>
        <message>
            <source>FundDesk could not write its lock file beside “%1”. Check that the folder is writable and the disk is not full, or open the fund read-only.</source>
            <translation>FundDesk не удалось записать файл блокировки рядом с «%1». Проверьте, доступна ли папка для записи и не заполнен ли диск, или откройте фонд только для чтения.</translation>
        </message>
        <message>
            <source>This receipt comes with conditions. Confirm for the whole file that no condition restricts the money to specific activities (no earmarking, ¶19), or record this receipt in the contribution form.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>Это поступление сопровождается условиями. Подтвердите для всего файла, что никакие условия не ограничивают использование средств конкретными мероприятиями (без целевого назначения, ¶19), или зарегистрируйте это поступление в форме взноса.</translation>
        </message>
        <message>
            <source>%1 is not a State of this kind. Write %2 in donor_kind.</source>
            <extracomment>%1 is a country code such as FRA, %2 the right donor_kind value</extracomment>
            <translation>%1 не является государством этого вида. Укажите %2 в столбце donor_kind.</translation>
        </message>
        <message>
            <source>The UN's due diligence declined %1, so the fund cannot accept its money (¶14). Remove the row.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>По итогам комплексной проверки ООН донор %1 отклонен, поэтому фонд не может принять его средства (¶14). Удалите строку.</translation>
        </message>
        <message>
            <source>%1 has not been cleared by the UN's due diligence, so its money cannot be recorded as received (¶14). Record the clearance on the donor first, or import the row as a pledge.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>Донор %1 не прошел комплексную проверку ООН, поэтому его средства нельзя зарегистрировать как полученные (¶14). Сначала зарегистрируйте в записи донора решение о допуске или импортируйте строку как объявленный взнос.</translation>
        </message>
        <message>
            <source>A receipt cannot be dated in the future: %1 is after today, %2. Correct the date, or import the row as a pledge.</source>
            <extracomment>%1 and %2 are dates such as 2026-03-31</extracomment>
            <translation>Поступление не может быть датировано будущим числом: %1 позже сегодняшней даты (%2). Исправьте дату или импортируйте строку как объявленный взнос.</translation>
        </message>
        <message>
            <source>The year %1 is closed, so nothing dated in it can be recorded. Correct the date, or reopen the year first.</source>
            <extracomment>%1 is a year such as 2025</extracomment>
            <translation>%1 год закрыт, поэтому записи, датированные этим годом, регистрировать нельзя. Исправьте дату или сначала вновь откройте год.</translation>
        </message>
        <message>
            <source>The amount is in US dollars, so its usd_rate must be empty, not “%1”.</source>
            <extracomment>%1 is what the file holds as a rate</extracomment>
            <translation>Сумма указана в долларах США, поэтому поле usd_rate должно быть пустым, а не содержать «%1».</translation>
        </message>
        <message>
            <source>The usd_rate column is empty. Write how many US dollars one %1 was worth on the day, such as 1.0825.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>Столбец usd_rate не заполнен. Укажите, сколько долларов США стоила одна единица %1 в тот день, например 1.0825.</translation>
        </message>
        <message>
            <source>“%1” is not an exchange rate. Write US dollars per unit with a dot and at most 9 decimals, such as 1.0825.</source>
            <extracomment>%1 is what the file holds as a rate</extracomment>
            <translation>«%1» не является обменным курсом. Укажите количество долларов США за единицу валюты с точкой перед дробной частью и не более чем 9 десятичными знаками, например 1.0825.</translation>
        </message>
        <message>
            <source>This row repeats line %1: the reference “%2” is used twice. Remove the repeated row, or correct the reference.</source>
            <extracomment>%1 is a line number, %2 an activity's reference such as CB-2026-014
----------
%1 is a line number, %2 a contribution's reference</extracomment>
            <translation>Эта строка повторяет строку %1: номер «%2» использован дважды. Удалите повторяющуюся строку или исправьте номер.</translation>
        </message>
        <message>
            <source>The fund already has a contribution with the reference “%1”. Remove the row if it was imported before, or correct the reference.</source>
            <extracomment>%1 is a contribution's reference</extracomment>
            <translation>В фонде уже есть взнос с номером «%1». Удалите строку, если она уже была импортирована ранее, или исправьте номер.</translation>
        </message>
        <message>
            <source>This row repeats line %1: same date, donor, type and amount. Remove the repeated row, or give each its reference to tell them apart.</source>
            <extracomment>%1 is a line number</extracomment>
            <translation>Эта строка повторяет строку %1: совпадают дата, донор, тип и сумма. Удалите повторяющуюся строку или присвойте каждой строке свой номер, чтобы их можно было различить.</translation>
        </message>
        <message>
            <source>The fund already has a contribution of this donor with the same date, type and amount. Remove the row if it was imported before, or give it a reference to tell the two apart.</source>
            <translation>В фонде уже есть взнос этого донора с той же датой, типом и суммой. Удалите строку, если она уже была импортирована ранее, или присвойте ей номер, чтобы эти два взноса можно было различить.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>Импорт отменен; ничего не записано.</translation>
        </message>
        <message>
            <source>The file is empty. Choose a CSV file with a header line and at least one row, or write a template first.</source>
            <translation>Файл пуст. Выберите файл CSV со строкой заголовка и хотя бы одной строкой данных или сначала запишите шаблон.</translation>
        </message>
        <message>
            <source>Line %1: a field is longer than %2 characters. Check that the quotes of the field are closed.</source>
            <extracomment>%1 is a line number, %2 a number of characters</extracomment>
            <translation>Строка %1: поле длиннее %2 знаков. Проверьте, закрыты ли кавычки поля.</translation>
        </message>
        <message>
            <source>Line %1 has more than %2 fields. Check that the file is a CSV export of a table.</source>
            <extracomment>%1 is a line number, %2 a number of fields</extracomment>
            <translation>В строке %1 больше %2 полей. Проверьте, является ли файл таблицей, экспортированной в формате CSV.</translation>
        </message>
        <message>
            <source>Line %1: a field holds a double quote but does not start with one. Put the field in quotes and double the quote inside it ("").</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>Строка %1: поле содержит двойную кавычку, но не начинается с нее. Заключите поле в кавычки и удвойте кавычку внутри него ("").</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is never closed. Add the closing double quote.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>Строка %1: поле в кавычках не закрыто. Добавьте закрывающую двойную кавычку.</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is followed by other text before the next separator. Put the whole field in quotes, or remove the text after the closing quote.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>Строка %1: за полем в кавычках до следующего разделителя следует другой текст. Заключите в кавычки все поле или удалите текст после закрывающей кавычки.</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB. Split it into smaller files.</source>
            <extracomment>%1 is a size in megabytes</extracomment>
            <translation>Размер файла превышает %1 МБ. Разделите его на файлы меньшего размера.</translation>
        </message>
        <message>
            <source>The file holds binary data (a NUL byte on line %1), so it is not a CSV text file. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>Файл содержит двоичные данные (байт NUL в строке %1), поэтому он не является текстовым файлом CSV. Сохраните таблицу в формате «CSV UTF-8» и выберите этот файл.</translation>
        </message>
        <message>
            <source>Line %1 is not valid UTF-8 text. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>Строка %1 не является допустимым текстом в кодировке UTF-8. Сохраните таблицу в формате «CSV UTF-8» и выберите этот файл.</translation>
        </message>
        <message>
            <source>Line %1 holds a control character (%2), so the file is not a CSV text file. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number, %2 a character code such as U+0007</extracomment>
            <translation>Строка %1 содержит управляющий символ (%2), поэтому файл не является текстовым файлом CSV. Сохраните таблицу в формате «CSV UTF-8» и выберите этот файл.</translation>
        </message>
        <message>
            <source>The file “%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>Не удалось открыть файл «%1». Проверьте его имя и наличие у вас права на его чтение.</translation>
        </message>
        <message>
            <source>This row repeats the donor of line %1 (%2). Remove one of the rows.</source>
            <extracomment>%1 is a line number, %2 a donor's name or a country code</extracomment>
            <translation>Эта строка повторяет донора из строки %1 (%2). Удалите одну из строк.</translation>
        </message>
        <message>
            <source>The fund already has the donor %1. Remove the row; edit the donor in FundDesk to change it.</source>
            <extracomment>%1 is a donor's name or a country code</extracomment>
            <translation>В фонде уже есть донор %1. Удалите строку; изменить данные донора можно в FundDesk.</translation>
        </message>
        <message>
            <source>A donor of the kind %1 needs no due-diligence clearance. Write not_required, or leave the column empty.</source>
            <extracomment>%1 is a donor_kind value such as member_state</extracomment>
            <translation>Донору вида %1 не требуется допуск по итогам комплексной проверки. Укажите not_required или оставьте столбец пустым.</translation>
        </message>
        <message>
            <source>A non-governmental donor needs the UN's due-diligence clearance (¶14). Write pending, cleared or declined.</source>
            <extracomment>¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>Неправительственному донору требуется допуск по итогам комплексной проверки ООН (¶14). Укажите pending, cleared или declined.</translation>
        </message>
        <message>
            <source>Write the date of the due-diligence decision as YYYY-MM-DD.</source>
            <translation>Укажите дату решения по итогам комплексной проверки в формате ГГГГ-ММ-ДД.</translation>
        </message>
        <message>
            <source>The file has a header but no rows. Add the records below the header line.</source>
            <translation>В файле есть заголовок, но нет строк данных. Добавьте записи под строкой заголовка.</translation>
        </message>
        <message numerus="yes">
            <source>The file has %n problem(s), so nothing was imported. Correct them and import the file again.</source>
            <extracomment>%n is the number of problems found in the file</extracomment>
            <translation>
                <numerusform>В файле обнаружена %n ошибка, поэтому ничего не импортировано. Исправьте ошибки и снова импортируйте файл.</numerusform>
                <numerusform>В файле обнаружено %n ошибки, поэтому ничего не импортировано. Исправьте ошибки и снова импортируйте файл.</numerusform>
                <numerusform>В файле обнаружено %n ошибок, поэтому ничего не импортировано. Исправьте ошибки и снова импортируйте файл.</numerusform>
            </translation>
        </message>
        <message>
            <source>The column “%1” is not one FundDesk knows. Rename or remove it; the columns are: %2.</source>
            <extracomment>%1 is a column name found in the file, %2 the list of the expected columns</extracomment>
            <translation>Столбец «%1» неизвестен FundDesk. Переименуйте или удалите его; ожидаемые столбцы: %2.</translation>
        </message>
        <message>
            <source>The column “%1” appears twice. Remove one of them.</source>
            <extracomment>%1 is a column name</extracomment>
            <translation>Столбец «%1» встречается дважды. Удалите один из них.</translation>
        </message>
        <message>
            <source>The column “%1” is missing. Add it to the header line; the columns are: %2.</source>
            <extracomment>%1 is a column name, %2 the list of the expected columns</extracomment>
            <translation>Столбец «%1» отсутствует. Добавьте его в строку заголовка; ожидаемые столбцы: %2.</translation>
        </message>
        <message>
            <source>Donors</source>
            <translation>Доноры</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>Взносы</translation>
        </message>
        <message>
            <source>Sponsorship applications</source>
            <extracomment>sponsorship applications of delegates, as a kind of CSV file</extracomment>
            <translation>Заявки на финансирование участия</translation>
        </message>
        <message>
            <source>Activity applications</source>
            <extracomment>capacity-building activity applications, as a kind of CSV file</extracomment>
            <translation>Заявки на проведение мероприятий</translation>
        </message>
        <message>
            <source>This row has %1 fields but the header has %2. Check the separators and quotes of the row.</source>
            <translation>В этой строке полей — %1, а в заголовке — %2. Проверьте разделители и кавычки в строке.</translation>
        </message>
        <message>
            <source>The “%1” column is empty. Fill it in.</source>
            <extracomment>%1 is a column name of a CSV file</extracomment>
            <translation>Столбец «%1» не заполнен. Заполните его.</translation>
        </message>
        <message>
            <source>The “%1” column is %2 characters long. Shorten it to at most %3.</source>
            <extracomment>%1 is a column name, %2 and %3 counts of characters</extracomment>
            <translation>Значение в столбце «%1» содержит слишком много знаков (%2). Сократите его не более чем до %3 знаков.</translation>
        </message>
        <message>
            <source>“%1” is not a date. Write dates as YYYY-MM-DD, such as 2026-03-31.</source>
            <extracomment>%1 is what the file holds instead of a date</extracomment>
            <translation>«%1» не является датой. Указывайте даты в формате ГГГГ-ММ-ДД, например 2026-03-31.</translation>
        </message>
        <message>
            <source>“%1” is not a value of the “%2” column. Write one of: %3.</source>
            <extracomment>%1 is what the file holds, %2 the column name, %3 the list of allowed words</extracomment>
            <translation>«%1» не является допустимым значением столбца «%2». Укажите одно из значений: %3.</translation>
        </message>
        <message>
            <source>“%1” is not an ISO 4217 currency code. Write a code such as USD, EUR or JPY.</source>
            <extracomment>%1 is what the file holds instead of a currency code</extracomment>
            <translation>«%1» не является кодом валюты ISO 4217. Укажите код, например USD, EUR или JPY.</translation>
        </message>
        <message>
            <source>“%1” is not an amount above zero in %2. Write a number with a dot and no thousands separator, such as 250000.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>«%1» не является суммой больше нуля в %2. Укажите число с точкой перед дробной частью и без разделителей тысяч, например 250000.00.</translation>
        </message>
        <message>
            <source>The “%1” column is empty. Write the ISO 3166 alpha-3 code of the State, such as FRA.</source>
            <extracomment>%1 is a column name of a CSV file</extracomment>
            <translation>Столбец «%1» не заполнен. Укажите код государства по ISO 3166 alpha-3, например FRA.</translation>
        </message>
        <message>
            <source>“%1” is not the code of a State of the reference list. Write the ISO 3166 alpha-3 code, such as FRA or KEN.</source>
            <extracomment>%1 is what the file holds instead of a country code</extracomment>
            <translation>«%1» не является кодом государства из справочного списка. Укажите код ISO 3166 alpha-3, например FRA или KEN.</translation>
        </message>
        <message>
            <source>Application summary</source>
            <translation>Краткие сведения о заявке</translation>
        </message>
        <message>
            <source>Applicant State</source>
            <translation>Государство-заявитель</translation>
        </message>
        <message>
            <source>Co-applicants</source>
            <translation>Созаявители</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Окончание</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>column of the key figures table: a remark such as the operational status</extracomment>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Co-funding</source>
            <translation>Софинансирование</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Резюме</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Цели</translation>
        </message>
        <message>
            <source>Expected outputs</source>
            <translation>Ожидаемые непосредственные результаты</translation>
        </message>
        <message>
            <source>Needs assessment (¶25a)</source>
            <translation>Оценка потребностей (¶25a)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 a heading such as "Objectives", %2 the applicant's text</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Focus areas and partners</source>
            <translation>Тематические направления и партнеры</translation>
        </message>
        <message>
            <source>¶26</source>
            <translation>¶26</translation>
        </message>
        <message>
            <source>Focus area</source>
            <extracomment>column: a ¶26 focus area, such as "(c) incident response"</extracomment>
            <translation>Тематическое направление</translation>
        </message>
        <message>
            <source>No implementing partner is named (¶24).</source>
            <translation>Партнеры-исполнители не указаны (¶24).</translation>
        </message>
        <message>
            <source>Implementing partner</source>
            <translation>Партнер-исполнитель</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Review scores (¶25)</source>
            <translation>Баллы оценки (¶25)</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>Взвешенный балл</translation>
        </message>
        <message>
            <source>Declaration</source>
            <translation>Декларация</translation>
        </message>
        <message>
            <source>Recused: conflict of interest (%1)</source>
            <translation>Самоотвод: конфликт интересов (%1)</translation>
        </message>
        <message>
            <source>No conflict</source>
            <translation>Конфликта нет</translation>
        </message>
        <message>
            <source>Not scored yet</source>
            <translation>Оценка еще не выставлена</translation>
        </message>
        <message>
            <source>Aggregate score (0–5)</source>
            <translation>Сводный балл (0–5)</translation>
        </message>
        <message>
            <source>Reviewers who scored</source>
            <translation>Рецензенты, выставившие оценку</translation>
        </message>
        <message>
            <source>Reviewers recused</source>
            <translation>Рецензенты, заявившие самоотвод</translation>
        </message>
        <message>
            <source>Budget by year</source>
            <translation>Бюджет по годам</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Amount requested</source>
            <translation>Запрошенная сумма</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <source>Governance consultation (¶18)</source>
            <translation>Консультация со структурой управления (¶18)</translation>
        </message>
        <message>
            <source>The governance structure has not been consulted on this application yet.</source>
            <translation>Консультация со структурой управления по этой заявке еще не проводилась.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Мнение</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building</source>
            <translation>Добровольный фонд ООН для наращивания потенциала в области безопасности ИКТ</translation>
        </message>
        <message>
            <source>Annual report to donors, %1 (¶27)</source>
            <extracomment>%1 a year</extracomment>
            <translation>Ежегодный отчет для доноров за %1 год (¶27)</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <extracomment>page footer, %1 this page, %2 the number of pages</extracomment>
            <translation>Страница %1 из %2</translation>
        </message>
        <message>
            <source>Made %1 UTC · record SHA-256 %2</source>
            <extracomment>document footer: %1 date and time made (UTC), %2 the SHA-256 of the record shown</extracomment>
            <translation>Создано %1 UTC · SHA-256 записи %2</translation>
        </message>
        <message>
            <source>Contributions received</source>
            <translation>Полученные взносы</translation>
        </message>
        <message>
            <source>Contributions received in the year, by donor. Donors who asked for anonymity are shown as such; those who asked not to be published are counted only in one aggregate line (¶17).</source>
            <translation>Взносы, полученные за год, в разбивке по донорам. Доноры, попросившие об анонимности, указаны как анонимные; доноры, попросившие не публиковать сведения о них, учтены только в одной сводной строке (¶17).</translation>
        </message>
        <message>
            <source>Contributions by donor (USD)</source>
            <translation>Взносы в разбивке по донорам (USD)</translation>
        </message>
        <message>
            <source>Sponsorship of representatives and experts</source>
            <translation>Финансирование участия представителей и экспертов</translation>
        </message>
        <message>
            <source>Delegates sponsored</source>
            <translation>Делегаты, участие которых финансируется</translation>
        </message>
        <message>
            <source>Of whom women</source>
            <translation>В том числе женщины</translation>
        </message>
        <message>
            <source>Share of women</source>
            <translation>Доля женщин</translation>
        </message>
        <message>
            <source>Delegates</source>
            <translation>Делегаты</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Доля</translation>
        </message>
        <message>
            <source>Priority group (¶22)</source>
            <translation>Приоритетная группа (¶22)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Мероприятие</translation>
        </message>
        <message>
            <source>Approved (USD)</source>
            <translation>Утверждено (USD)</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <source>Capacity-building activities funded and their results</source>
            <translation>Профинансированные мероприятия по наращиванию потенциала и их результаты</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>USD</source>
            <translation>USD</translation>
        </message>
        <message>
            <source>Opening balance, 1 January</source>
            <translation>Остаток на 1 января</translation>
        </message>
        <message>
            <source>Other income</source>
            <extracomment>income other than contributions, such as interest; none is recorded</extracomment>
            <translation>Прочие доходы</translation>
        </message>
        <message>
            <source>Disbursed for sponsorships of delegates</source>
            <translation>Выплачено на финансирование участия делегатов</translation>
        </message>
        <message>
            <source>Disbursed for capacity-building activities</source>
            <translation>Выплачено на мероприятия по наращиванию потенциала</translation>
        </message>
        <message>
            <source>Staff costs charged to contributions (¶15)</source>
            <translation>Расходы по персоналу за счет взносов (¶15)</translation>
        </message>
        <message>
            <source>Closing balance, 31 December</source>
            <translation>Остаток на 31 декабря</translation>
        </message>
        <message>
            <source>Disbursed (USD)</source>
            <translation>Выплачено (USD)</translation>
        </message>
        <message>
            <source>Disbursements by region (USD)</source>
            <translation>Выплаты в разбивке по регионам (USD)</translation>
        </message>
        <message>
            <source>Source and use of funds</source>
            <translation>Источники и использование средств</translation>
        </message>
        <message>
            <source>In aggregate, in USD. The fund's two posts are charged to voluntary contributions (¶15).</source>
            <translation>В совокупности, в USD. Две должности фонда финансируются за счет добровольных взносов (¶15).</translation>
        </message>
        <message>
            <source>In aggregate, in USD. The fund's two posts are paid from the regular budget, so contributions went only to sponsorships and activities (¶15).</source>
            <translation>В совокупности, в USD. Две должности фонда финансируются из регулярного бюджета, поэтому взносы направлялись только на финансирование участия и мероприятия (¶15).</translation>
        </message>
        <message>
            <source>Applications by status, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Заявки по статусам, %1 год</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Sponsorships</source>
            <translation>Финансирование участия</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Мероприятия</translation>
        </message>
        <message>
            <source>No activity or sponsorship has the reference “%1”. Give an activity's reference such as CB-2026-014, or SP- and a sponsorship's number such as SP-12.</source>
            <translation>Нет мероприятия или финансирования участия с номером «%1». Укажите номер мероприятия, например CB-2026-014, или SP- и номер финансирования участия, например SP-12.</translation>
        </message>
        <message>
            <source>Approval packet: activity %1</source>
            <extracomment>%1 an activity's reference</extracomment>
            <translation>Пакет документов для утверждения: мероприятие %1</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>Approval packet: sponsorship %1</source>
            <extracomment>%1 a sponsorship's reference such as SP-12</extracomment>
            <translation>Пакет документов для утверждения: финансирование участия %1</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Заявитель</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Государство</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Стоимость</translation>
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <extracomment>%1 sponsorship reference, %2 delegate's name, %3 State</extracomment>
            <translation>%1 — %2, %3</translation>
        </message>
        <message>
            <source>The slate</source>
            <translation>Список делегатов</translation>
        </message>
        <message numerus="yes">
            <source>%n delegate(s) recommended or approved for this meeting.</source>
            <translation>
                <numerusform>%n делегат рекомендован или утвержден для участия в этом совещании.</numerusform>
                <numerusform>%n делегата рекомендованы или утверждены для участия в этом совещании.</numerusform>
                <numerusform>%n делегатов рекомендовано или утверждено для участия в этом совещании.</numerusform>
            </translation>
        </message>
        <message>
            <source>Approval packet: slate for %1</source>
            <extracomment>%1 a meeting's reference</extracomment>
            <translation>Пакет документов для утверждения: список делегатов на совещание %1</translation>
        </message>
        <message>
            <source>Meeting</source>
            <extracomment>%1 meeting reference, %2 its name, %3 its city</extracomment>
            <translation>Совещание</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Первый день</translation>
        </message>
        <message>
            <source>Contributions by kind of donor, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Взносы в разбивке по видам доноров, %1 год</translation>
        </message>
        <message>
            <source>Kind of donor</source>
            <translation>Вид донора</translation>
        </message>
        <message>
            <source>Received (USD)</source>
            <translation>Получено (USD)</translation>
        </message>
        <message>
            <source>Pledged (USD)</source>
            <translation>Объявлено (USD)</translation>
        </message>
        <message>
            <source>Contributions by donor, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Взносы в разбивке по донорам, %1 год</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>Донор</translation>
        </message>
        <message>
            <source>Key figures of the year (¶16)</source>
            <translation>Основные показатели за год (¶16)</translation>
        </message>
        <message>
            <source>Fund size month by month against USD 2M / 5M and the threshold</source>
            <translation>Объем фонда по месяцам в сравнении со сценариями 2 млн / 5 млн USD и порогом</translation>
        </message>
        <message>
            <source>Fund size year by year against USD 2M / 5M and the threshold</source>
            <translation>Объем фонда по годам в сравнении со сценариями 2 млн / 5 млн USD и порогом</translation>
        </message>
        <message>
            <source>Seats, activities and months the money buys, beside ¶20</source>
            <translation>Места, мероприятия и месяцы, которые можно профинансировать, в сопоставлении с ¶20</translation>
        </message>
        <message>
            <source>Disbursements and commitments by M49 region</source>
            <translation>Выплаты и обязательства по регионам M49</translation>
        </message>
        <message>
            <source>Disbursements and commitments by UN regional group</source>
            <translation>Выплаты и обязательства по региональным группам ООН</translation>
        </message>
        <message>
            <source>Receipts and pledges by kind of donor</source>
            <translation>Поступления и объявленные взносы по видам доноров</translation>
        </message>
        <message>
            <source>Receipts and pledges by donor</source>
            <translation>Поступления и объявленные взносы по донорам</translation>
        </message>
        <message>
            <source>Share of women among sponsored delegates, per meeting</source>
            <translation>Доля женщин среди делегатов, участие которых финансируется, по совещаниям</translation>
        </message>
        <message>
            <source>Sponsorship and activity applications by status</source>
            <translation>Заявки на финансирование участия и на проведение мероприятий по статусам</translation>
        </message>
        <message>
            <source>Activity funding by ¶26 focus area</source>
            <translation>Финансирование мероприятий по тематическим направлениям ¶26</translation>
        </message>
        <message>
            <source>Sponsored delegates from LDC, LLDC and SIDS</source>
            <translation>Делегаты из НРС, РСНВМ и МОСРГ, участие которых финансируется</translation>
        </message>
        <message>
            <source>Activity funding by focus area, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Финансирование мероприятий по тематическим направлениям, %1 год</translation>
        </message>
        <message>
            <source>Funding (USD)</source>
            <translation>Финансирование (USD)</translation>
        </message>
        <message>
            <source>Fund size through %1 against the ¶20 scenarios</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Объем фонда до %1 года включительно в сравнении со сценариями ¶20</translation>
        </message>
        <message>
            <source>Month</source>
            <extracomment>column of the fund size table: the month, as YYYY-MM</extracomment>
            <translation>Месяц</translation>
        </message>
        <message>
            <source>Fund size by year, %1–%2, against the ¶20 scenarios</source>
            <extracomment>%1 and %2 are years</extracomment>
            <translation>Объем фонда по годам, %1–%2, в сравнении со сценариями ¶20</translation>
        </message>
        <message>
            <source>Received + outstanding pledges (USD)</source>
            <extracomment>receipts plus pledges not yet paid, in US dollars</extracomment>
            <translation>Получено + непогашенные объявленные взносы (USD)</translation>
        </message>
        <message>
            <source>Small scale, USD 2M</source>
            <extracomment>¶20 reference line: USD 2 million a year</extracomment>
            <translation>Небольшой масштаб, 2 млн USD</translation>
        </message>
        <message>
            <source>Medium scale, USD 5M</source>
            <extracomment>¶20 reference line: USD 5 million a year</extracomment>
            <translation>Средний масштаб, 5 млн USD</translation>
        </message>
        <message>
            <source>Operational threshold (USD)</source>
            <translation>Операционный порог (USD)</translation>
        </message>
        <message>
            <source>Key figures, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Основные показатели, %1 год</translation>
        </message>
        <message>
            <source>Figure</source>
            <extracomment>column of the key figures table: the name of a figure</extracomment>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Amount (USD)</source>
            <translation>Сумма (USD)</translation>
        </message>
        <message>
            <source>Received in %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Получено в %1 году</translation>
        </message>
        <message>
            <source>Received, all years</source>
            <translation>Получено, за все годы</translation>
        </message>
        <message>
            <source>Pledged, outstanding</source>
            <translation>Объявлено, не получено</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>Обязательства</translation>
        </message>
        <message>
            <source>Disbursed</source>
            <translation>Выплачено</translation>
        </message>
        <message>
            <source>Staff costs charged to contributions</source>
            <translation>Расходы по персоналу за счет взносов</translation>
        </message>
        <message>
            <source>Available for programmes</source>
            <translation>Доступно для программ</translation>
        </message>
        <message>
            <source>Operational threshold</source>
            <translation>Операционный порог</translation>
        </message>
        <message>
            <source>Missing to the threshold</source>
            <translation>Недостает до порога</translation>
        </message>
        <message>
            <source>No threshold set</source>
            <translation>Порог не установлен</translation>
        </message>
        <message>
            <source>Operational</source>
            <extracomment>the fund's status under ¶16</extracomment>
            <translation>Фонд функционирует</translation>
        </message>
        <message>
            <source>Not yet operational</source>
            <translation>Фонд еще не функционирует</translation>
        </message>
        <message>
            <source>Operational status</source>
            <extracomment>key figure: whether the fund is operational (¶16)</extracomment>
            <translation>Операционный статус</translation>
        </message>
        <message>
            <source>Not known</source>
            <extracomment>a ¶21 criterion not assessed yet</extracomment>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>Met</source>
            <extracomment>a ¶21 criterion is met / not met</extracomment>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Не выполнено</translation>
        </message>
        <message>
            <source>Available balance</source>
            <translation>Доступный остаток средств</translation>
        </message>
        <message>
            <source>Available before this item</source>
            <translation>Доступно до этой позиции</translation>
        </message>
        <message>
            <source>Amount committed</source>
            <translation>Сумма принятых обязательств</translation>
        </message>
        <message>
            <source>Amount to commit</source>
            <translation>Сумма нового обязательства</translation>
        </message>
        <message>
            <source>Available after this item</source>
            <translation>Доступно после этой позиции</translation>
        </message>
        <message>
            <source>The fund's available balance does not cover this item.</source>
            <translation>Доступный остаток средств фонда не покрывает эту позицию.</translation>
        </message>
        <message>
            <source>Fund manager's recommendation</source>
            <translation>Рекомендация управляющего фондом</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Кем</translation>
        </message>
        <message>
            <source>Justification: %1</source>
            <translation>Обоснование: %1</translation>
        </message>
        <message>
            <source>The fund manager has not made a recommendation yet.</source>
            <translation>Управляющий фондом еще не вынес рекомендацию.</translation>
        </message>
        <message>
            <source>Workflow history</source>
            <translation>История изменения статусов</translation>
        </message>
        <message>
            <source>No status change is recorded.</source>
            <translation>Изменения статуса не зарегистрированы.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Из статуса</translation>
        </message>
        <message>
            <source>To</source>
            <translation>В статус</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Decision of the High Representative for Disarmament Affairs</source>
            <translation>Решение Высокого представителя по вопросам разоружения</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <source>Decision</source>
            <extracomment>two boxes to tick on the printed packet</extracomment>
            <translation>Решение</translation>
        </message>
        <message>
            <source>☐ Approve      ☐ Reject</source>
            <translation>☐ Утвердить      ☐ Отклонить</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <source>Internal — contains personal data</source>
            <extracomment>on every page of an approval packet (¶11)</extracomment>
            <translation>Для внутреннего пользования — содержит персональные данные</translation>
        </message>
        <message>
            <source>Sponsored delegates from LDC, LLDC and SIDS, %1</source>
            <extracomment>%1 is a year; LDC, LLDC and SIDS are the ¶22 priority groups</extracomment>
            <translation>Делегаты из НРС, РСНВМ и МОСРГ, участие которых финансируется, %1 год</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <source>Any of the three</source>
            <extracomment>row: delegates from a State in at least one of LDC, LLDC, SIDS</extracomment>
            <translation>Любая из трех групп</translation>
        </message>
        <message>
            <source>All sponsored delegates</source>
            <translation>Все делегаты, участие которых финансируется</translation>
        </message>
        <message>
            <source>The donor asked not to be published (¶17): counted only in the aggregate line.</source>
            <translation>Донор попросил не публиковать сведения о нем (¶17): учтен только в сводной строке.</translation>
        </message>
        <message>
            <source>Anonymous donor</source>
            <extracomment>how a donor who asked for anonymity appears in public outputs</extracomment>
            <translation>Анонимный донор</translation>
        </message>
        <message>
            <source>The donor asked for anonymity (¶17): the amount is shown, the name is not.</source>
            <translation>Донор попросил об анонимности (¶17): сумма указывается, наименование — нет.</translation>
        </message>
        <message>
            <source>Other donors, not published at their request</source>
            <extracomment>one line adding up the contributions whose donors asked not to be published</extracomment>
            <translation>Прочие доноры, сведения о которых не публикуются по их просьбе</translation>
        </message>
        <message>
            <source>Case</source>
            <extracomment>column: this fund, or one of the ¶20 scenarios</extracomment>
            <translation>Вариант</translation>
        </message>
        <message>
            <source>Funds (USD)</source>
            <extracomment>column: the available balance for the fund, the annual funding for a scenario</extracomment>
            <translation>Средства (USD)</translation>
        </message>
        <message>
            <source>Cost per delegate (USD)</source>
            <translation>Стоимость в расчете на делегата (USD)</translation>
        </message>
        <message>
            <source>Delegate seats</source>
            <extracomment>column: delegate seats a year (delegates × sessions)</extracomment>
            <translation>Места для делегатов</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Сессии</translation>
        </message>
        <message>
            <source>Average activity cost (USD)</source>
            <translation>Средняя стоимость мероприятия (USD)</translation>
        </message>
        <message>
            <source>Spending a month (USD)</source>
            <translation>Расходы в месяц (USD)</translation>
        </message>
        <message>
            <source>Months covered</source>
            <translation>Число месяцев покрытия</translation>
        </message>
        <message>
            <source>¶20 says</source>
            <extracomment>column: what ¶20 of the report says for this scale</extracomment>
            <translation>Согласно ¶20</translation>
        </message>
        <message>
            <source>This fund, available at the end of %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Этот фонд, доступно на конец %1 года</translation>
        </message>
        <message>
            <source>What the money buys, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Что можно профинансировать, %1 год</translation>
        </message>
        <message>
            <source>USD 2 million: 10 delegates twice a year; 1–3 activities</source>
            <translation>2 млн USD: 10 делегатов два раза в год; 1–3 мероприятия</translation>
        </message>
        <message>
            <source>USD 5 million: 20 delegates twice a year; up to 10 activities, multi-year commitments possible</source>
            <translation>5 млн USD: 20 делегатов два раза в год; до 10 мероприятий, возможны многолетние обязательства</translation>
        </message>
        <message>
            <source>Scenarios compared</source>
            <translation>Сравнение сценариев</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Сценарий</translation>
        </message>
        <message>
            <source>Annual funding (USD)</source>
            <translation>Годовое финансирование (USD)</translation>
        </message>
        <message>
            <source>Staff costs (USD)</source>
            <extracomment>column: staff costs charged to contributions in a scenario</extracomment>
            <translation>Расходы по персоналу (USD)</translation>
        </message>
        <message>
            <source>Sessions a year</source>
            <translation>Сессий в год</translation>
        </message>
        <message>
            <source>Unallocated (USD)</source>
            <translation>Не распределено (USD)</translation>
        </message>
        <message>
            <source>Spending by region, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Расходы в разбивке по регионам, %1 год</translation>
        </message>
        <message>
            <source>Spending by UN regional group, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Расходы в разбивке по региональным группам ООН, %1 год</translation>
        </message>
        <message>
            <source>Committed (USD)</source>
            <translation>Обязательства (USD)</translation>
        </message>
        <message>
            <source>Spending in %1, %2</source>
            <extracomment>%1 is a region or regional group, %2 a year</extracomment>
            <translation>Расходы: %1, %2 год</translation>
        </message>
        <message>
            <source>Record</source>
            <extracomment>column: disbursement or commitment</extracomment>
            <translation>Вид записи</translation>
        </message>
        <message>
            <source>For</source>
            <extracomment>column: sponsorship or activity</extracomment>
            <translation>Назначение</translation>
        </message>
        <message>
            <source>Disbursement</source>
            <translation>Выплата</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Обязательство</translation>
        </message>
        <message>
            <source>Sponsorship</source>
            <translation>Финансирование участия</translation>
        </message>
        <message>
            <source>Governance consultation</source>
            <translation>Консультация со структурой управления</translation>
        </message>
        <message>
            <source>Sponsorships are selected by the fund manager against the criteria announced with the call (¶18, ¶22); no consultation of the governance structure is recorded for them.</source>
            <translation>Кандидатов на финансирование участия отбирает управляющий фондом на основе критериев, объявленных в призыве к подаче заявок (¶18, ¶22); консультации со структурой управления по ним не регистрируются.</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Не указано</translation>
        </message>
        <message>
            <source>Ministry or agency</source>
            <translation>Министерство или ведомство</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Последний день</translation>
        </message>
        <message>
            <source>Reviewer's score (0–100)</source>
            <translation>Балл рецензента (0–100)</translation>
        </message>
        <message>
            <source>Eligibility checklist (¶21)</source>
            <translation>Проверка соответствия требованиям (¶21)</translation>
        </message>
        <message>
            <source>¶</source>
            <translation>¶</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Условие</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Подтверждение</translation>
        </message>
        <message>
            <source>Capital-based official</source>
            <translation>Служащий из столицы</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Nominating letter received</source>
            <translation>Получено письмо о выдвижении кандидатуры</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Estimated from the meeting's norms</source>
            <extracomment>airfare, subsistence allowance and terminal expenses</extracomment>
            <translation>Оценка на основе норм совещания</translation>
        </message>
        <message>
            <source>Fund manager's figure: %1</source>
            <translation>Сумма, указанная управляющим фондом: %1</translation>
        </message>
        <message>
            <source>Cost counted</source>
            <translation>Учтенная стоимость</translation>
        </message>
        <message>
            <source>Share of women among sponsored delegates, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Доля женщин среди делегатов, участие которых финансируется, %1 год</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Мужчины</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>gender: other or not stated</extracomment>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Women (%)</source>
            <translation>Женщины (%)</translation>
        </message>
        <message>
            <source>Fund “%1”: %2 donors, %3 contributions, %4 activity applications with %5 reviews, %6 consultations, %7 meetings with %8 sponsorship applications, %9 reference States; %10 profiles, %11 status changes, %12 commitments, %13 disbursements, the year %14 closed.</source>
            <translation>Фонд «%1»: доноры — %2, взносы — %3, заявки на проведение мероприятий — %4, оценки — %5, консультации — %6, совещания — %7, заявки на финансирование участия — %8, справочные государства — %9; профили — %10, изменения статуса — %11, обязательства — %12, выплаты — %13, закрытый год — %14.</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building (scale %1 demo)</source>
            <extracomment>%1 is a number: how many times the medium scale of the report (¶20) the demo is</extracomment>
            <translation>Добровольный фонд ООН для наращивания потенциала в области безопасности ИКТ (демонстрационный, масштаб %1)</translation>
        </message>
        <message>
            <source>The fund has no reference States; open it with FundDesk first.</source>
            <translation>В фонде нет справочного списка государств; сначала откройте его в FundDesk.</translation>
        </message>
        <message>
            <source>Scale %1 fund over %2 years: %3 donors, %4 contributions, %5 meetings, %6 sponsorship and %7 activity applications, %8 status changes, %9 commitments (%10 approvals refused for lack of funds), %11 disbursements, %12 audit entries; written in %13 ms, of which sealing the audit trail %14 ms.</source>
            <extracomment>%1 is the scale, %2 a number of years; the other numbers count records</extracomment>
            <translation>Фонд масштаба %1, число лет — %2: доноры — %3, взносы — %4, совещания — %5, заявки на финансирование участия — %6, заявки на проведение мероприятий — %7, изменения статуса — %8, обязательства — %9 (отказы в утверждении из-за нехватки средств — %10), выплаты — %11, записи журнала аудита — %12; время записи — %13 мс, в том числе опечатывание журнала аудита — %14 мс.</translation>
        </message>
        <message>
            <source>The scale must be a whole number from 1 to 1000.</source>
            <translation>Масштаб должен быть целым числом от 1 до 1000.</translation>
        </message>
        <message>
            <source>A scale fund is generated into a new, empty fund only.</source>
            <translation>Фонд заданного масштаба создается только в новом пустом фонде.</translation>
        </message>
        <message>
            <source>Small scale (¶20)</source>
            <extracomment>name of the ¶20 small-scale scenario (USD 2 million a year)</extracomment>
            <translation>Небольшой масштаб (¶20)</translation>
        </message>
        <message>
            <source>Medium scale (¶20)</source>
            <extracomment>name of the ¶20 medium-scale scenario (USD 5 million a year)</extracomment>
            <translation>Средний масштаб (¶20)</translation>
        </message>
        <message>
            <source>Give the scenario a name, so you can find it again.</source>
            <translation>Присвойте сценарию название, чтобы его можно было найти снова.</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: fails %1.</source>
            <extracomment>A note in an application's history; %1 lists the failed ¶21 criteria, separated by semicolons</extracomment>
            <translation>Повторная проверка по ¶21: не выполнено %1.</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: not every criterion is assessed yet.</source>
            <extracomment>A note in an application's history</extracomment>
            <translation>Повторная проверка по ¶21: ещё не все критерии оценены.</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: meets every criterion.</source>
            <extracomment>A note in an application's history</extracomment>
            <translation>Повторная проверка по ¶21: все критерии выполнены.</translation>
        </message>
        <message>
            <source>Choose your profile before changing the ¶21 criteria: the new screening moves the application from “%1” to “%2”, and its history records who made the change.</source>
            <extracomment>%1 and %2 are statuses of an application</extracomment>
            <translation>Выберите свой профиль, прежде чем менять критерии ¶21: новая проверка переводит заявку из статуса «%1» в статус «%2», а в её истории записывается, кто внёс изменение.</translation>
        </message>
        <message>
            <source>Checking the audit trail was cancelled.</source>
            <translation>Проверка журнала аудита отменена.</translation>
        </message>
        <message>
            <source>Opening the fund was cancelled; the file was not changed.</source>
            <translation>Открытие фонда отменено; файл не изменен.</translation>
        </message>
        <message>
            <source>“%1” is not the code of a State of the reference list. Write ISO 3166 alpha-3 codes separated by spaces, such as KEN UGA.</source>
            <extracomment>%1 is what the file holds instead of a country code</extracomment>
            <translation>«%1» не является кодом государства из справочного списка. Укажите коды ISO 3166 alpha-3 через пробел, например KEN UGA.</translation>
        </message>
        <message>
            <source>“%1” is not a partner. Write each as kind:name, separated by semicolons, such as “academic:University of Nairobi”; the kinds are: %2.</source>
            <extracomment>%1 is what the file holds, %2 the list of partner kinds</extracomment>
            <translation>«%1» не является партнером. Укажите каждого партнера в виде вид:название, разделяя их точкой с запятой, например «academic:University of Nairobi»; допустимые виды: %2.</translation>
        </message>
        <message>
            <source>The “requested” column is empty. Write the amount of each year as year:amount, such as 2026:50000.00 2027:25000.00.</source>
            <translation>Столбец «requested» не заполнен. Укажите сумму на каждый год в виде год:сумма, например 2026:50000.00 2027:25000.00.</translation>
        </message>
        <message>
            <source>“%1” is not a year and an amount in %2. Write each year as year:amount with a dot and no thousands separator, such as 2026:50000.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>«%1» не является годом и суммой в %2. Укажите каждый год в виде год:сумма с точкой перед дробной частью и без разделителей тысяч, например 2026:50000.00.</translation>
        </message>
        <message>
            <source>“%1” is not a focus area of ¶26. Write keys separated by spaces, from: %2.</source>
            <extracomment>%1 is what the file holds, %2 the list of focus-area keys; ¶26 is a paragraph of the report that set up the fund</extracomment>
            <translation>«%1» не является тематическим направлением ¶26. Укажите ключи через пробел, выбрав из следующих: %2.</translation>
        </message>
        <message>
            <source>The fund already has an activity application with the reference “%1”. Remove the row if it was imported before, or correct the reference.</source>
            <extracomment>%1 is an activity's reference such as CB-2026-014</extracomment>
            <translation>В фонде уже есть заявка на проведение мероприятия с номером «%1». Удалите строку, если она уже была импортирована ранее, или исправьте номер.</translation>
        </message>
        <message>
            <source>This row repeats line %1: same applicant, title and start. Remove the repeated row.</source>
            <extracomment>%1 is a line number</extracomment>
            <translation>Эта строка повторяет строку %1: совпадают заявитель, название и дата начала. Удалите повторяющуюся строку.</translation>
        </message>
        <message>
            <source>The fund already has an application of this State with the same title and start. Remove the row if it was imported before.</source>
            <translation>В фонде уже есть заявка этого государства с тем же названием и той же датой начала. Удалите строку, если она уже была импортирована ранее.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of a CSV file, %2 why its record was refused</extracomment>
            <translation>Строка %1: %2</translation>
        </message>
        <message>
            <source>“%1” is not an amount of zero or more in %2. Write a number with a dot and no thousands separator, such as 1850.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>«%1» не является нулевой или положительной суммой в %2. Укажите число с точкой перед дробной частью и без разделителей тысяч, например 1850.00.</translation>
        </message>
        <message>
            <source>The fund has no meeting with the reference “%1”. Correct the reference, or add the meeting first.</source>
            <extracomment>%1 is a meeting reference such as PM-2026-1</extracomment>
            <translation>В фонде нет совещания с номером «%1». Исправьте номер или сначала добавьте совещание.</translation>
        </message>
        <message>
            <source>There is a reason but no cost_override. Write the cost in USD, or leave both columns empty to use the meeting's norms.</source>
            <translation>Указана причина, но не заполнен столбец cost_override. Укажите стоимость в USD или оставьте оба столбца пустыми, чтобы применялись нормы совещания.</translation>
        </message>
        <message>
            <source>Say in override_reason why the cost differs from the meeting's norms, such as “airfare only”.</source>
            <translation>Укажите в столбце override_reason, почему стоимость отличается от норм совещания, например «только авиабилеты».</translation>
        </message>
        <message>
            <source>This row repeats line %1: %2 applies twice for the same meeting and State. Remove one of the rows.</source>
            <extracomment>%1 is a line number, %2 a person's name</extracomment>
            <translation>Эта строка повторяет строку %1: %2 дважды подает заявку на одно и то же совещание от одного и того же государства. Удалите одну из строк.</translation>
        </message>
        <message>
            <source>The fund already has an application of %1 for this meeting and State. Remove the row if it was imported before.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>В фонде уже есть заявка кандидата %1 на это совещание от этого государства. Удалите строку, если она уже была импортирована ранее.</translation>
        </message>
        <message>
            <source>All other donors</source>
            <extracomment>the last bar of a chart that shows only the largest donors</extracomment>
            <translation>Все прочие доноры</translation>
        </message>
        <message numerus="yes">
            <source>%n other donor(s)</source>
            <extracomment>the line of a chart that adds up the donors too small to get a bar of their own</extracomment>
            <translation>
                <numerusform>%n прочий донор</numerusform>
                <numerusform>%n прочих донора</numerusform>
                <numerusform>%n прочих доноров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This text is %1 characters long. Shorten it to at most %n characters.</source>
            <extracomment>%1 is the length of the text entered, such as 100000; %n the longest allowed</extracomment>
            <translation>
                <numerusform>Текст содержит слишком много знаков (%1). Сократите его не более чем до %n знака.</numerusform>
                <numerusform>Текст содержит слишком много знаков (%1). Сократите его не более чем до %n знаков.</numerusform>
                <numerusform>Текст содержит слишком много знаков (%1). Сократите его не более чем до %n знаков.</numerusform>
            </translation>
        </message>
        <message>
            <source>The date %1 is after 31 December 2099. Check the year.</source>
            <extracomment>%1 is a date such as 2100-01-01</extracomment>
            <translation>Дата %1 позже 31 декабря 2099 года. Проверьте год.</translation>
        </message>
        <message>
            <source>%1 USD is beyond what a single entry of the fund can hold (at most %2 USD). Check the amount.</source>
            <extracomment>%1 is the amount entered in US dollars; %2 the largest allowed, such as 10000000000.00</extracomment>
            <translation>Сумма %1 USD превышает максимально допустимую для одной записи фонда (не более %2 USD). Проверьте сумму.</translation>
        </message>
        <message>
            <source>The year %1 is outside the years the fund keeps (%2 to %3).</source>
            <extracomment>%1 is the year entered; %2 and %3 the first and last years the fund keeps</extracomment>
            <translation>%1 год выходит за пределы периода, за который ведутся данные фонда (с %2 по %3 год).</translation>
        </message>
        <message numerus="yes">
            <source>%n other donors</source>
            <extracomment>one line adding up the smaller donors of a long list; %n donors</extracomment>
            <translation>
                <numerusform>%n прочий донор</numerusform>
                <numerusform>%n прочих донора</numerusform>
                <numerusform>%n прочих доноров</numerusform>
            </translation>
        </message>
        <message>
            <source>Disbursed in the year (USD)</source>
            <translation>Выплачено за год (USD)</translation>
        </message>
        <message numerus="yes">
            <source>%n other activities</source>
            <extracomment>one line adding up the activities a long annual report does not name; %n activities</extracomment>
            <translation>
                <numerusform>%n прочее мероприятие</numerusform>
                <numerusform>%n прочих мероприятия</numerusform>
                <numerusform>%n прочих мероприятий</numerusform>
            </translation>
        </message>
        <message>
            <source>Focus area (¶26)</source>
            <translation>Тематическое направление (¶26)</translation>
        </message>
        <message>
            <source>Region of the applicant</source>
            <translation>Регион заявителя</translation>
        </message>
        <message>
            <source>Activities approved, active or completed with an amount committed or disbursed in the year. The largest by amount disbursed in the year are listed by name.</source>
            <translation>Утвержденные, выполняемые или завершенные мероприятия, по которым в течение года были приняты обязательства или произведены выплаты. Крупнейшие мероприятия по сумме выплат за год перечислены поименно.</translation>
        </message>
        <message>
            <source>The same activities by focus area and by the applicant's region. An activity in several focus areas counts in each.</source>
            <translation>Те же мероприятия в разбивке по тематическим направлениям и регионам заявителей. Мероприятие, относящееся к нескольким тематическим направлениям, учитывается в каждом из них.</translation>
        </message>
        <message>
            <source>The backup was cancelled; no copy was written.</source>
            <translation>Резервное копирование отменено; копия не записана.</translation>
        </message>
        <message>
            <source>The fund's database “%1” is empty: the fund it held is gone. Restore it from a backup (File ▸ Restore…), or delete the empty file to start a new fund there.</source>
            <extracomment>%1 is the path of the fund's file, which has 0 bytes</extracomment>
            <translation>База данных фонда «%1» пуста: хранившийся в ней фонд утрачен. Восстановите его из резервной копии (Файл ▸ Восстановить…) или удалите пустой файл, чтобы создать на его месте новый фонд.</translation>
        </message>
        <message>
            <source>Loading the activity applications was cancelled.</source>
            <translation>Загрузка заявок на мероприятия отменена.</translation>
        </message>
        <message>
            <source>Loading the contributions was cancelled.</source>
            <extracomment>Not normally shown: the user cancelled loading a table</extracomment>
            <translation>Загрузка взносов отменена.</translation>
        </message>
        <message>
            <source>Loading the disbursements was cancelled.</source>
            <translation>Загрузка выплат отменена.</translation>
        </message>
        <message>
            <source>The list of disbursements in the fund's database is damaged: disbursement %1 has no valid date.</source>
            <extracomment>%1 is the disbursement's number</extracomment>
            <translation>Список выплат в базе данных фонда поврежден: у выплаты %1 нет действительной даты.</translation>
        </message>
    </context>
    <context>
        <name>FundDesk::Ui</name>
        <message>
            <source>Year of row %1</source>
            <extracomment>Accessible name of the year of a row of the amounts requested; %1 is the row number</extracomment>
            <translation>Год в строке %1</translation>
        </message>
        <message>
            <source>Amount in USD of row %1</source>
            <extracomment>Accessible name of an amount requested; %1 is the row number</extracomment>
            <translation>Сумма в USD в строке %1</translation>
        </message>
        <message>
            <source>Amount requested for %1: %2</source>
            <extracomment>%1 is a year, %2 why its amount was refused</extracomment>
            <translation>Сумма, запрошенная на %1 год: %2</translation>
        </message>
        <message>
            <source>Year</source>
            <extracomment>Column header of the amounts requested per year</extracomment>
            <translation>Год</translation>
        </message>
        <message>
            <source>Amount (USD)</source>
            <extracomment>Column header: the amount requested for that year</extracomment>
            <translation>Сумма (USD)</translation>
        </message>
        <message>
            <source>Amount requested per year</source>
            <extracomment>Accessible name of the table of amounts requested per year</extracomment>
            <translation>Запрошенная сумма по годам</translation>
        </message>
        <message>
            <source>Add Year</source>
            <extracomment>Button under the amounts table: adds the next year</extracomment>
            <translation>Добавить год</translation>
        </message>
        <message>
            <source>Remove Year</source>
            <extracomment>Button under the amounts table: removes the selected year</extracomment>
            <translation>Удалить год</translation>
        </message>
        <message>
            <source>Filter States by name or code…</source>
            <extracomment>Placeholder of the filter box above the co-applicant States</extracomment>
            <translation>Фильтр государств по названию или коду…</translation>
        </message>
        <message>
            <source>Filter co-applicant States</source>
            <translation>Фильтр государств-созаявителей</translation>
        </message>
        <message>
            <source>Co-applicant States</source>
            <extracomment>Accessible name of the checkable list of co-applicant States</extracomment>
            <translation>Государства-созаявители</translation>
        </message>
        <message>
            <source>Activity Application %1</source>
            <translation>Заявка на проведение мероприятия %1</translation>
        </message>
        <message>
            <source>New Activity Application</source>
            <translation>Новая заявка на проведение мероприятия</translation>
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
            <translation>Заявитель</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Партнеры</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Dates and Budget</source>
            <translation>Сроки и бюджет</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Потребности</translation>
        </message>
        <message>
            <source>Focus Areas</source>
            <translation>Тематические направления</translation>
        </message>
        <message>
            <source>Applicant &amp;State:</source>
            <extracomment>Form label: the government applying (¶24)</extracomment>
            <translation>&amp;Государство-заявитель:</translation>
        </message>
        <message>
            <source>&amp;Co-applicant States:</source>
            <extracomment>Form label: other States of a regional activity</extracomment>
            <translation>Государства-со&amp;заявители:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Номер:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>С&amp;татус:</translation>
        </message>
        <message>
            <source>&amp;Implementing partners:</source>
            <extracomment>Form label: partners named at application time (¶24)</extracomment>
            <translation>&amp;Партнеры-исполнители:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <extracomment>Form label: the applicant's job title</extracomment>
            <translation>Н&amp;азвание:</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation>&amp;Резюме:</translation>
        </message>
        <message>
            <source>&amp;Objectives:</source>
            <translation>&amp;Цели:</translation>
        </message>
        <message>
            <source>Expected o&amp;utputs:</source>
            <translation>Ожидаемые &amp;непосредственные результаты:</translation>
        </message>
        <message>
            <source>Expected out&amp;comes:</source>
            <translation>Ожидаемые &amp;конечные результаты:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>Дата &amp;начала:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>Дата &amp;окончания:</translation>
        </message>
        <message>
            <source>&amp;Amount requested:</source>
            <extracomment>Form label: the amount requested for each year of the activity (¶20b)</extracomment>
            <translation>Запрошенная &amp;сумма:</translation>
        </message>
        <message>
            <source>Total requested:</source>
            <translation>Всего запрошено:</translation>
        </message>
        <message>
            <source>Funding floor:</source>
            <extracomment>Form label: whether the request is under the minimum funding floor (¶23)</extracomment>
            <translation>Минимальный уровень финансирования:</translation>
        </message>
        <message>
            <source>Co-&amp;funding (USD):</source>
            <extracomment>Form label: money for the activity from other sources, in USD</extracomment>
            <translation>Со&amp;финансирование (USD):</translation>
        </message>
        <message>
            <source>Co-funding so&amp;urce:</source>
            <translation>&amp;Источник софинансирования:</translation>
        </message>
        <message>
            <source>&amp;Needs assessment:</source>
            <extracomment>Form label: the national or regional needs assessment the activity answers (¶25a)</extracomment>
            <translation>&amp;Оценка потребностей:</translation>
        </message>
        <message>
            <source>Needs assessment &amp;document:</source>
            <translation>&amp;Документ об оценке потребностей:</translation>
        </message>
        <message>
            <source>&amp;Focus areas (¶26):</source>
            <extracomment>Form label above the nine check boxes of ¶26</extracomment>
            <translation>&amp;Тематические направления (¶26):</translation>
        </message>
        <message>
            <source>Given automatically, such as CB-2026-014</source>
            <translation>Присваивается автоматически, например CB-2026-014</translation>
        </message>
        <message>
            <source>Title, date or link of the document</source>
            <translation>Название, дата или ссылка на документ</translation>
        </message>
        <message>
            <source>Type a State's name…</source>
            <translation>Введите название государства…</translation>
        </message>
        <message>
            <source>Co-funding: %1</source>
            <extracomment>%1 is why the amount was refused</extracomment>
            <translation>Софинансирование: %1</translation>
        </message>
        <message>
            <source>At or above the minimum funding floor (¶23).</source>
            <translation>Не ниже минимального уровня финансирования (¶23).</translation>
        </message>
        <message>
            <source>Partner %1 name</source>
            <translation>Наименование партнера %1</translation>
        </message>
        <message>
            <source>Partner %1 kind</source>
            <translation>Вид партнера %1</translation>
        </message>
        <message>
            <source>Name</source>
            <extracomment>Column header of the implementing partners table</extracomment>
            <translation>Наименование</translation>
        </message>
        <message>
            <source>Kind</source>
            <extracomment>Column header: non-governmental entity, UN entity, …
----------
Column header: the kind of donor (Member State, foundation …)</extracomment>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Implementing partners</source>
            <extracomment>Accessible name of the table of implementing partners</extracomment>
            <translation>Партнеры-исполнители</translation>
        </message>
        <message>
            <source>Add Partner</source>
            <extracomment>Button under the implementing partners table</extracomment>
            <translation>Добавить партнера</translation>
        </message>
        <message>
            <source>Remove Partner</source>
            <extracomment>Button under the implementing partners table: removes the selected partner</extracomment>
            <translation>Удалить партнера</translation>
        </message>
        <message>
            <source>Conditions</source>
            <extracomment>Accessible name of the text of a donor's conditions on a contribution
----------
Column header: the donor's conditions on the contribution</extracomment>
            <translation>Условия</translation>
        </message>
        <message>
            <source>The donor's conditions, if any, as written</source>
            <extracomment>Placeholder of the conditions field</extracomment>
            <translation>Условия донора, если они есть, в том виде, в каком они сформулированы</translation>
        </message>
        <message>
            <source>These conditions restrict the money to specific activities (earmark)</source>
            <translation>Эти условия ограничивают использование средств конкретными мероприятиями (целевое назначение)</translation>
        </message>
        <message>
            <source>I confirm these conditions are not an earmark (¶19)</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund: no earmarking</extracomment>
            <translation>Я подтверждаю, что эти условия не означают целевого назначения (¶19)</translation>
        </message>
        <message>
            <source>(No pledge)</source>
            <extracomment>Receipt paid against a pledge: none</extracomment>
            <translation>(Без объявленного взноса)</translation>
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
            <translation>Сумма в USD: %1</translation>
        </message>
        <message>
            <source>Add Contribution</source>
            <translation>Добавить взнос</translation>
        </message>
        <message>
            <source>Edit Receipt</source>
            <translation>Изменить поступление</translation>
        </message>
        <message>
            <source>Edit Pledge</source>
            <translation>Изменить объявленный взнос</translation>
        </message>
        <message>
            <source>&amp;Donor:</source>
            <extracomment>Form label: who gives the contribution</extracomment>
            <translation>&amp;Донор:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <extracomment>Form label: pledge or receipt</extracomment>
            <translation>&amp;Тип:</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <extracomment>Form label: the date of the pledge, or the day the money was received</extracomment>
            <translation>Д&amp;ата:</translation>
        </message>
        <message>
            <source>A&amp;mount:</source>
            <extracomment>Form label: the amount in the donor's currency</extracomment>
            <translation>&amp;Сумма:</translation>
        </message>
        <message>
            <source>&amp;Currency:</source>
            <extracomment>Form label: the ISO currency code of the amount</extracomment>
            <translation>&amp;Валюта:</translation>
        </message>
        <message>
            <source>&amp;Rate to USD:</source>
            <extracomment>Form label: US dollars per unit of the currency, as used on the day</extracomment>
            <translation>&amp;Курс к USD:</translation>
        </message>
        <message>
            <source>USD value:</source>
            <extracomment>Form label: the amount converted to US dollars</extracomment>
            <translation>Сумма в USD:</translation>
        </message>
        <message>
            <source>Against &amp;pledge:</source>
            <extracomment>Form label: the pledge a receipt pays (optional)</extracomment>
            <translation>В счет &amp;объявленного взноса:</translation>
        </message>
        <message>
            <source>C&amp;onditions:</source>
            <extracomment>Form label: the donor's conditions on the contribution (¶19)</extracomment>
            <translation>&amp;Условия:</translation>
        </message>
        <message>
            <source>R&amp;eference:</source>
            <extracomment>Form label: a reference such as a bank transfer number</extracomment>
            <translation>&amp;Номер:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <extracomment>Form label: free notes</extracomment>
            <translation>П&amp;римечания:</translation>
        </message>
        <message>
            <source>&amp;Schedule (optional):</source>
            <extracomment>Form label: the expected payments of a multi-year pledge (¶20b)</extracomment>
            <translation>&amp;График платежей (необязательно):</translation>
        </message>
        <message>
            <source>Reason for the c&amp;hange:</source>
            <extracomment>Form label: why a received contribution is being changed</extracomment>
            <translation>Причина &amp;изменения:</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <extracomment>Placeholder of the amount field; %1 is an example amount in the user's locale</extracomment>
            <translation>например, %1</translation>
        </message>
        <message>
            <source>Required: why the received record changes</source>
            <extracomment>Placeholder of the reason field when a received contribution is edited</extracomment>
            <translation>Обязательно: почему изменяется запись о полученном взносе</translation>
        </message>
        <message>
            <source>Enter the rate to US dollars used on the day: how many USD one %1 was worth, for example 1.08.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>Введите курс к доллару США, применявшийся в тот день: сколько USD стоила одна единица %1, например 1.08.</translation>
        </message>
        <message>
            <source>No donor is called “%1”. Choose the donor from the list, or add the donor first.</source>
            <extracomment>%1 is the text typed in the donor field</extracomment>
            <translation>Донора с наименованием «%1» нет. Выберите донора из списка или сначала добавьте его.</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose the currency from the list.</source>
            <extracomment>%1 is what was typed as a currency code</extracomment>
            <translation>«%1» не является известным кодом валюты ISO 4217. Выберите валюту из списка.</translation>
        </message>
        <message>
            <source>Enter the amount the donor gives, in %1.</source>
            <translation>Введите сумму, которую вносит донор, в %1.</translation>
        </message>
        <message>
            <source>Contribution History</source>
            <extracomment>Title of the window listing a contribution's earlier states</extracomment>
            <translation>История взноса</translation>
        </message>
        <message>
            <source>This contribution has not been changed since it was recorded.</source>
            <translation>Этот взнос не изменялся с момента регистрации.</translation>
        </message>
        <message>
            <source>Earlier states of this contribution, oldest first. Each row shows the record as it was before the change.</source>
            <translation>Прежние состояния этого взноса, начиная с самого раннего. В каждой строке показана запись в том виде, в каком она была до изменения.</translation>
        </message>
        <message>
            <source>Changed</source>
            <extracomment>Column header: when a contribution was changed
----------
what happened to a record, in its history</extracomment>
            <translation>Изменено</translation>
        </message>
        <message>
            <source>Reason</source>
            <extracomment>Column header: why a contribution was changed</extracomment>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>Column header: the date of a pledge or receipt</extracomment>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Type</source>
            <extracomment>Column header: pledge or receipt</extracomment>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Amount</source>
            <extracomment>Column header in a pledge's schedule of payments: the amount in the pledge's currency
----------
Column header: the amount in the donor's currency</extracomment>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Rate to USD</source>
            <extracomment>Column header: the exchange rate to US dollars used for the contribution</extracomment>
            <translation>Курс к USD</translation>
        </message>
        <message>
            <source>USD value</source>
            <extracomment>Column header: the contribution's value in US dollars</extracomment>
            <translation>Сумма в USD</translation>
        </message>
        <message>
            <source>Reference</source>
            <extracomment>Column header: the application's reference such as CB-2026-014
----------
Column header: a reference such as a bank transfer number</extracomment>
            <translation>Номер</translation>
        </message>
        <message>
            <source>(None)</source>
            <extracomment>Country of a non-State donor: none chosen</extracomment>
            <translation>(Нет)</translation>
        </message>
        <message>
            <source>Edit Donor</source>
            <translation>Изменить донора</translation>
        </message>
        <message>
            <source>Add Donor</source>
            <translation>Добавить донора</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <extracomment>Form label: what kind of donor (Member State, foundation …)</extracomment>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <extracomment>Form label: the donor State, chosen from the reference list</extracomment>
            <translation>&amp;Государство:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <extracomment>Form label: the name of a non-State donor</extracomment>
            <translation>&amp;Наименование:</translation>
        </message>
        <message>
            <source>&amp;Country (optional):</source>
            <extracomment>Form label: the country a non-State donor is based in (optional)</extracomment>
            <translation>&amp;Страна (необязательно):</translation>
        </message>
        <message>
            <source>&amp;Due diligence:</source>
            <extracomment>Form label: the UN's due-diligence clearance of the donor (¶14)</extracomment>
            <translation>&amp;Комплексная проверка:</translation>
        </message>
        <message>
            <source>Decision &amp;date:</source>
            <extracomment>Form label: the date the due-diligence decision was taken</extracomment>
            <translation>&amp;Дата решения:</translation>
        </message>
        <message>
            <source>Decision n&amp;ote:</source>
            <extracomment>Form label: a note on the due-diligence decision</extracomment>
            <translation>Пр&amp;имечание к решению:</translation>
        </message>
        <message>
            <source>Con&amp;tact:</source>
            <extracomment>Form label: the donor's contact person or address</extracomment>
            <translation>К&amp;онтакт:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <extracomment>Form label: free notes on the donor</extracomment>
            <translation>&amp;Примечания:</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <extracomment>Accessible name of a form's error message; %1 is the message</extracomment>
            <translation>Ошибка: %1</translation>
        </message>
        <message>
            <source>Publication</source>
            <extracomment>Title of the choice of publication consent (¶17)
----------
Column header: whether the donor agreed to publication (¶17)</extracomment>
            <translation>Публикация</translation>
        </message>
        <message>
            <source>Received contributions are published on the fund's page unless the donor asks otherwise (¶17).</source>
            <extracomment>¶17 is a paragraph of the report that set up the fund</extracomment>
            <translation>Полученные взносы публикуются на странице фонда, если донор не просит об ином (¶17).</translation>
        </message>
        <message>
            <source>Scheduled payment %1: %2</source>
            <extracomment>%1 is the number of the payment (1, 2, 3 …), %2 why its amount was refused</extracomment>
            <translation>Запланированный платеж %1: %2</translation>
        </message>
        <message>
            <source>Due date</source>
            <extracomment>Column header in a pledge's schedule of payments</extracomment>
            <translation>Срок платежа</translation>
        </message>
        <message>
            <source>Schedule of payments</source>
            <extracomment>Accessible name of the table of a pledge's expected payments</extracomment>
            <translation>График платежей</translation>
        </message>
        <message>
            <source>Add Payment</source>
            <extracomment>Button: add an expected payment to a pledge's schedule</extracomment>
            <translation>Добавить платеж</translation>
        </message>
        <message>
            <source>Remove Payment</source>
            <extracomment>Button: remove the selected payment from a pledge's schedule</extracomment>
            <translation>Удалить платеж</translation>
        </message>
        <message>
            <source>Due date of payment %1</source>
            <extracomment>Accessible name; %1 is the number of the payment: 1, 2, 3 …</extracomment>
            <translation>Срок платежа %1</translation>
        </message>
        <message>
            <source>Amount of payment %1</source>
            <extracomment>Accessible name; %1 is the number of the payment: 1, 2, 3 …</extracomment>
            <translation>Сумма платежа %1</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <extracomment>One point of the 0–5 scale: %1 the score, %2 its name, %3 what it means</extracomment>
            <translation>%1 %2: %3</translation>
        </message>
        <message>
            <source>not scored</source>
            <extracomment>Beside a score that is not chosen yet</extracomment>
            <translation>без оценки</translation>
        </message>
        <message>
            <source>Score each criterion from 0 to 5:
%1</source>
            <extracomment>Above the scores: the meaning of each point of the scale, one per line</extracomment>
            <translation>Оцените каждый критерий по шкале от 0 до 5:
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
            <translation>Балл по критерию «%1»</translation>
        </message>
        <message>
            <source>Score Application %1</source>
            <extracomment>Title of the scoring dialog; %1 is the application's reference</extracomment>
            <translation>Оценка заявки %1</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <extracomment>%1 reference, %2 title, %3 applicant State (and co-applicants)</extracomment>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <source>&amp;Reviewer:</source>
            <translation>&amp;Рецензент:</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Рецензент</translation>
        </message>
        <message>
            <source>Name of the reviewer</source>
            <translation>Имя рецензента</translation>
        </message>
        <message>
            <source>Before scoring, declare whether you have a conflict of interest with this application. A reviewer with a conflict does not score it and is left out of its aggregate score.</source>
            <translation>Прежде чем выставлять баллы, заявите, есть ли у вас конфликт интересов в связи с этой заявкой. Рецензент, у которого есть конфликт интересов, не оценивает заявку и не учитывается в ее сводном балле.</translation>
        </message>
        <message>
            <source>I have &amp;no conflict of interest with this application</source>
            <translation>У меня &amp;нет конфликта интересов в связи с этой заявкой</translation>
        </message>
        <message>
            <source>I have a conflict of &amp;interest and recuse myself</source>
            <translation>У меня &amp;есть конфликт интересов, и я заявляю самоотвод</translation>
        </message>
        <message>
            <source>Nature of the &amp;conflict (required with a conflict):</source>
            <extracomment>Label of the note explaining a declared conflict of interest</extracomment>
            <translation>&amp;Характер конфликта (обязательно при наличии конфликта):</translation>
        </message>
        <message>
            <source>Nature of the conflict</source>
            <translation>Характер конфликта</translation>
        </message>
        <message>
            <source>&amp;Justification (required):</source>
            <translation>&amp;Обоснование (обязательно):</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Обоснование</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>Record the declaration and, without a conflict, the scores</source>
            <translation>Зарегистрировать декларацию и, при отсутствии конфликта, баллы</translation>
        </message>
        <message>
            <source>%1 has already declared for this application: saving changes that review.</source>
            <extracomment>%1 is a reviewer's name</extracomment>
            <translation>%1 уже представил(а) декларацию по этой заявке: при сохранении эта оценка будет изменена.</translation>
        </message>
        <message>
            <source>Reviews of this application: %1</source>
            <extracomment>%1 the aggregate with its spread and reviewer counts</extracomment>
            <translation>Оценки этой заявки: %1</translation>
        </message>
        <message>
            <source>Conflict of interest: declare first whether you have a conflict of interest with this application.</source>
            <translation>Конфликт интересов: сначала заявите, есть ли у вас конфликт интересов в связи с этой заявкой.</translation>
        </message>
        <message>
            <source>The conflict of interest of %1 is recorded: %1 does not score this application and is left out of its aggregate.</source>
            <extracomment>%1 is a reviewer's name</extracomment>
            <translation>Конфликт интересов рецензента %1 зарегистрирован: %1 не оценивает эту заявку и не учитывается в ее сводном балле.</translation>
        </message>
        <message>
            <source>The scores of %1 are saved.</source>
            <translation>Баллы рецензента %1 сохранены.</translation>
        </message>
        <message>
            <source>Fund operational</source>
            <extracomment>Accessible name of the fund status icon</extracomment>
            <translation>Фонд функционирует</translation>
        </message>
        <message>
            <source>Fund status: %1</source>
            <extracomment>Accessible name of the fund status; %1 is the status text
----------
Accessible name of the fund status banner; %1 is the status text</extracomment>
            <translation>Статус фонда: %1</translation>
        </message>
        <message>
            <source>Warning</source>
            <extracomment>Accessible name of the fund status icon when the fund is not operational</extracomment>
            <translation>Предупреждение</translation>
        </message>
        <message>
            <source>Warning, fund not operational: %1</source>
            <extracomment>Accessible name of the fund status when the fund is not operational; %1 is the status
----------
Accessible name of the status banner when the fund is not operational; %1 the status</extracomment>
            <translation>Предупреждение, фонд не функционирует: %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <extracomment>Menu title; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <extracomment>Menu title listing the pages; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <extracomment>Menu title; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;New fund…</source>
            <extracomment>File menu: create a new fund database</extracomment>
            <translation>&amp;Новый фонд…</translation>
        </message>
        <message>
            <source>Create a new, empty fund database</source>
            <translation>Создать новую пустую базу данных фонда</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <extracomment>File menu: open an existing fund database</extracomment>
            <translation>&amp;Открыть…</translation>
        </message>
        <message>
            <source>Open an existing fund database</source>
            <translation>Открыть существующую базу данных фонда</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <extracomment>File menu: save a copy of the open fund database</extracomment>
            <translation>&amp;Резервная копия…</translation>
        </message>
        <message>
            <source>Save a copy of the open fund database</source>
            <translation>Сохранить копию открытой базы данных фонда</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <extracomment>File menu: leave the application</extracomment>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>Close FundDesk</source>
            <translation>Закрыть FundDesk</translation>
        </message>
        <message>
            <source>&amp;About FundDesk</source>
            <extracomment>Help menu</extracomment>
            <translation>&amp;О программе FundDesk</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <extracomment>Help menu</extracomment>
            <translation>О &amp;Qt</translation>
        </message>
        <message>
            <source>Current page</source>
            <extracomment>Accessible name of the area that shows the current page</extracomment>
            <translation>Текущая страница</translation>
        </message>
        <message>
            <source>Page list and current page</source>
            <extracomment>Accessible name of the area holding the page list and the current page</extracomment>
            <translation>Список страниц и текущая страница</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>Accessible name of the status bar at the bottom of the main window
----------
Column header: where the application stands in the workflow</extracomment>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Menu</source>
            <extracomment>Accessible name of the menu bar</extracomment>
            <translation>Меню</translation>
        </message>
        <message>
            <source>No fund open</source>
            <extracomment>Status bar, when no fund database is open</extracomment>
            <translation>Фонд не открыт</translation>
        </message>
        <message>
            <source>FundDesk — %1</source>
            <extracomment>Window title; %1 is the file name of the open fund database</extracomment>
            <translation>FundDesk — %1</translation>
        </message>
        <message>
            <source>Fund file: %1</source>
            <extracomment>Status bar; %1 is the file name of the open fund database</extracomment>
            <translation>Файл фонда: %1</translation>
        </message>
        <message>
            <source>Open fund file</source>
            <extracomment>Accessible name of the status bar label with the open database</extracomment>
            <translation>Открытый файл фонда</translation>
        </message>
        <message>
            <source>Open fund</source>
            <extracomment>Title of the file dialog that opens a fund database</extracomment>
            <translation>Открыть фонд</translation>
        </message>
        <message>
            <source>Back up fund</source>
            <extracomment>Title of the file dialog that saves a backup copy of the fund database</extracomment>
            <translation>Резервное копирование фонда</translation>
        </message>
        <message>
            <source>FundDesk %1</source>
            <extracomment>Heading of the About box; %1 is the version number</extracomment>
            <translation>FundDesk %1</translation>
        </message>
        <message>
            <source>FundDesk helps the manager of the UN Voluntary Fund for ICT-security capacity building record contributions, review applications and report on spending, offline on a laptop.</source>
            <translation>FundDesk помогает управляющему Добровольным фондом ООН для наращивания потенциала в области безопасности ИКТ регистрировать взносы, рассматривать заявки и отчитываться о расходах — в автономном режиме на ноутбуке.</translation>
        </message>
        <message>
            <source>About FundDesk</source>
            <extracomment>Title of the About box</extracomment>
            <translation>О программе FundDesk</translation>
        </message>
        <message>
            <source>Fund databases (*.funddesk *.sqlite)</source>
            <extracomment>File dialog filter; keep the patterns in parentheses unchanged</extracomment>
            <translation>Базы данных фондов (*.funddesk *.sqlite)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <extracomment>File dialog filter; keep the pattern in parentheses unchanged</extracomment>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>Accessible name of the list of pages on the side of the main window</extracomment>
            <translation>Страницы</translation>
        </message>
        <message>
            <source>Choose the page to show. %1 to %2 jump to a page directly.</source>
            <extracomment>%1 and %2 are keyboard shortcuts, e.g. Ctrl+1 and Ctrl+7</extracomment>
            <translation>Выберите страницу для отображения. Сочетания клавиш от %1 до %2 открывают страницу напрямую.</translation>
        </message>
        <message>
            <source>Below floor</source>
            <extracomment>Table cell: the request is under the ¶23 minimum funding floor</extracomment>
            <translation>Ниже минимума</translation>
        </message>
        <message>
            <source>Title</source>
            <extracomment>Column header: the title of the capacity-building activity</extracomment>
            <translation>Название</translation>
        </message>
        <message>
            <source>Region</source>
            <extracomment>Column header: the M49 region of the applicant State
----------
Column header: the geographic region of the donor's country
----------
Column header: the M49 region of the State</extracomment>
            <translation>Регион</translation>
        </message>
        <message>
            <source>Focus areas</source>
            <extracomment>Column header: the letters of the ¶26 focus areas, a to i</extracomment>
            <translation>Тематические направления</translation>
        </message>
        <message>
            <source>Years</source>
            <extracomment>Column header: the years the activity runs</extracomment>
            <translation>Годы</translation>
        </message>
        <message>
            <source>Requested (USD)</source>
            <extracomment>Column header: the total amount requested, in US dollars</extracomment>
            <translation>Запрошено (USD)</translation>
        </message>
        <message>
            <source>Score</source>
            <extracomment>Column header: the aggregate review score, 0 to 5
----------
Column header: the reviewer's score, 0 to 100</extracomment>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Spread</source>
            <extracomment>Column header: the difference between the highest and lowest reviewer's score</extracomment>
            <translation>Разброс</translation>
        </message>
        <message>
            <source>Floor</source>
            <extracomment>Column header: whether the request is under the minimum funding floor (¶23)</extracomment>
            <translation>Минимум</translation>
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
                <numerusform>%1 + %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reviewer(s) scored</source>
            <extracomment>Part of the review summary of an application</extracomment>
            <translation>
                <numerusform>оценку выставил %n рецензент</numerusform>
                <numerusform>оценки выставили %n рецензента</numerusform>
                <numerusform>оценки выставили %n рецензентов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recused</source>
            <extracomment>Part of the review summary: reviewers who declared a conflict of interest</extracomment>
            <translation>
                <numerusform>%n самоотвод</numerusform>
                <numerusform>%n самоотвода</numerusform>
                <numerusform>%n самоотводов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <extracomment>Part of the review summary: reviewers who declared no conflict and have not scored yet</extracomment>
            <translation>
                <numerusform>%n оценка ожидается</numerusform>
                <numerusform>%n оценки ожидаются</numerusform>
                <numerusform>%n оценок ожидается</numerusform>
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
            <translation>Оценок пока нет (%1).</translation>
        </message>
        <message>
            <source>Aggregate score %1 out of 5, spread %2 (%3).</source>
            <extracomment>%1 the aggregate score (0–5, such as 3.20), %2 the spread between reviewers (0.80), %3 the review summary</extracomment>
            <translation>Сводный балл %1 из 5, разброс %2 (%3).</translation>
        </message>
        <message>
            <source>Donor</source>
            <extracomment>Column header: who gave the contribution
----------
Column header: the donor's name</extracomment>
            <translation>Донор</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <extracomment>Due-diligence status and the date it was decided, e.g. "Cleared, 3/4/25"</extracomment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Country</source>
            <extracomment>Column header: the donor's country</extracomment>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Due diligence</source>
            <extracomment>Column header: the UN's due-diligence clearance of the donor (¶14)</extracomment>
            <translation>Комплексная проверка</translation>
        </message>
        <message>
            <source>Received (USD)</source>
            <extracomment>Column header: total money received from the donor, in US dollars</extracomment>
            <translation>Получено (USD)</translation>
        </message>
        <message>
            <source>Outstanding pledges (USD)</source>
            <extracomment>Column header: money pledged by the donor and not yet received, in US dollars</extracomment>
            <translation>Непогашенные объявленные взносы (USD)</translation>
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
            <translation>Равная доля</translation>
        </message>
        <message>
            <source>%1 of the total; the dashed line is the equal share, %2.</source>
            <extracomment>Tooltip of a bar: %1 the line's share, %2 the equal share, both percentages</extracomment>
            <translation>%1 от общей суммы; пунктирная линия — равная доля, %2.</translation>
        </message>
        <message>
            <source>M49 region</source>
            <extracomment>Column header of the geographic balance: an M49 region or a UN regional group</extracomment>
            <translation>Регион M49</translation>
        </message>
        <message>
            <source>Regional group</source>
            <translation>Региональная группа</translation>
        </message>
        <message>
            <source>Applications</source>
            <extracomment>Column header: number of applications with a State in the region
----------
Tab of the Activities page: the table of applications</extracomment>
            <translation>Заявки</translation>
        </message>
        <message>
            <source>Share of requested</source>
            <extracomment>Column header: a bar of the region's share of all requested amounts</extracomment>
            <translation>Доля в запрошенном</translation>
        </message>
        <message>
            <source>Recommended (USD)</source>
            <extracomment>Column header: amounts recommended, approved, active or completed</extracomment>
            <translation>Рекомендовано (USD)</translation>
        </message>
        <message>
            <source>Share of recommended</source>
            <translation>Доля в рекомендованном</translation>
        </message>
        <message>
            <source>▼ The available balance of %1 runs out here: the applications below do not fit.</source>
            <extracomment>Marker row of the ranking: %1 is the fund's available balance such as USD 1,200,000.00</extracomment>
            <translation>▼ Здесь заканчивается доступный остаток средств в размере %1: заявки ниже в него не укладываются.</translation>
        </message>
        <message>
            <source>Below floor: not counted</source>
            <extracomment>Ranking: the request is under the ¶23 floor, so it is not added to the running total</extracomment>
            <translation>Ниже минимума: не учитывается</translation>
        </message>
        <message>
            <source>Not scored: not counted</source>
            <extracomment>Ranking: no reviewer has scored the application, so it is not counted</extracomment>
            <translation>Без оценки: не учитывается</translation>
        </message>
        <message>
            <source>Within balance</source>
            <extracomment>Ranking: the running total is within (or beyond) the available balance</extracomment>
            <translation>В пределах остатка</translation>
        </message>
        <message>
            <source>Beyond balance</source>
            <translation>Сверх остатка</translation>
        </message>
        <message>
            <source>Rank</source>
            <extracomment>Column header: the position in the ranking by aggregate score</extracomment>
            <translation>Место</translation>
        </message>
        <message>
            <source>Running total (USD)</source>
            <extracomment>Column header: the sum requested by this and every counted application above it</extracomment>
            <translation>Нарастающий итог (USD)</translation>
        </message>
        <message>
            <source>Against balance</source>
            <extracomment>Column header: whether the running total is within the available balance</extracomment>
            <translation>Относительно остатка</translation>
        </message>
        <message>
            <source>Donors and contributions</source>
            <extracomment>Accessible name of the Donors &amp; Contributions page</extracomment>
            <translation>Доноры и взносы</translation>
        </message>
        <message>
            <source>Contributions</source>
            <extracomment>Heading of the contributions table: pledges and receipts</extracomment>
            <translation>Взносы</translation>
        </message>
        <message numerus="yes">
            <source>%n contribution(s) shown · received %1 · pledged %2</source>
            <extracomment>Totals under the contributions table; %1 and %2 are amounts such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>Показан %n взнос · получено %1 · объявлено %2</numerusform>
                <numerusform>Показано %n взноса · получено %1 · объявлено %2</numerusform>
                <numerusform>Показано %n взносов · получено %1 · объявлено %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit Contribution</source>
            <translation>Изменить взнос</translation>
        </message>
        <message>
            <source>Delete the receipt of %1 from %2 dated %3? Its last state is kept in the contribution history.</source>
            <extracomment>%1 is an amount such as EUR 1,000.00, %2 the donor, %3 a date</extracomment>
            <translation>Удалить поступление на сумму %1 от донора %2, датированное %3? Его последнее состояние сохранится в истории взноса.</translation>
        </message>
        <message>
            <source>Delete the pledge of %1 from %2 dated %3?</source>
            <extracomment>%1 is an amount such as EUR 1,000.00, %2 the donor, %3 a date</extracomment>
            <translation>Удалить объявленный взнос на сумму %1 от донора %2, датированный %3?</translation>
        </message>
        <message>
            <source>Delete Contribution</source>
            <translation>Удалить взнос</translation>
        </message>
        <message>
            <source>Deleted by the fund manager</source>
            <extracomment>Reason kept in a contribution's history when it is deleted from the table</extracomment>
            <translation>Удалено управляющим фондом</translation>
        </message>
        <message>
            <source>Add contribution</source>
            <translation>Добавить взнос</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt (Insert)</source>
            <translation>Зарегистрировать объявленный взнос или поступление (Insert)</translation>
        </message>
        <message>
            <source>Edit contribution</source>
            <translation>Изменить взнос</translation>
        </message>
        <message>
            <source>Edit the selected contribution (Enter)</source>
            <translation>Изменить выбранный взнос (Enter)</translation>
        </message>
        <message>
            <source>Delete contribution</source>
            <translation>Удалить взнос</translation>
        </message>
        <message>
            <source>Delete the selected contribution (Del)</source>
            <translation>Удалить выбранный взнос (Del)</translation>
        </message>
        <message>
            <source>Contribution history</source>
            <translation>История взноса</translation>
        </message>
        <message>
            <source>Donors</source>
            <extracomment>Heading of the donors table</extracomment>
            <translation>Доноры</translation>
        </message>
        <message numerus="yes">
            <source>%n donor(s) shown · received %1 · outstanding pledges %2</source>
            <extracomment>Totals under the donors table; %1 and %2 are amounts such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>Показан %n донор · получено %1 · непогашенные объявленные взносы %2</numerusform>
                <numerusform>Показано %n донора · получено %1 · непогашенные объявленные взносы %2</numerusform>
                <numerusform>Показано %n доноров · получено %1 · непогашенные объявленные взносы %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Donor</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>Удалить донора</translation>
        </message>
        <message>
            <source>Delete the donor “%1”? This cannot be undone.</source>
            <translation>Удалить донора «%1»? Это действие нельзя отменить.</translation>
        </message>
        <message>
            <source>Add donor</source>
            <translation>Добавить донора</translation>
        </message>
        <message>
            <source>Add a donor (Insert)</source>
            <translation>Добавить донора (Insert)</translation>
        </message>
        <message>
            <source>Edit donor</source>
            <translation>Изменить донора</translation>
        </message>
        <message>
            <source>Edit the selected donor (Enter)</source>
            <translation>Изменить выбранного донора (Enter)</translation>
        </message>
        <message>
            <source>Delete donor</source>
            <translation>Удалить донора</translation>
        </message>
        <message>
            <source>Delete the selected donor (Del)</source>
            <translation>Удалить выбранного донора (Del)</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <extracomment>Main window page: overview of the fund</extracomment>
            <translation>Сводка</translation>
        </message>
        <message>
            <source>Key figures of the fund at a glance</source>
            <translation>Основные показатели фонда</translation>
        </message>
        <message>
            <source>Key figures for the year, the fund's size against the USD 2 million and USD 5 million scenarios, and spending by region.</source>
            <translation>Основные показатели за год, объем фонда в сравнении со сценариями в 2 млн и 5 млн USD и расходы в разбивке по регионам.</translation>
        </message>
        <message>
            <source>Donors &amp; Contributions</source>
            <extracomment>Main window page: donors and the money they give</extracomment>
            <translation>Доноры и взносы</translation>
        </message>
        <message>
            <source>Donors, pledges and received contributions</source>
            <translation>Доноры, объявленные и полученные взносы</translation>
        </message>
        <message>
            <source>Member States and non-governmental donors, their pledges and payments, due-diligence clearance and whether each contribution may be published.</source>
            <translation>Государства-члены и неправительственные доноры, их объявленные взносы и платежи, допуск по итогам комплексной проверки и согласие на публикацию каждого взноса.</translation>
        </message>
        <message>
            <source>Sponsorships</source>
            <extracomment>Main window page: travel sponsorships of representatives and experts</extracomment>
            <translation>Финансирование участия</translation>
        </message>
        <message>
            <source>Applications to sponsor representatives and experts</source>
            <translation>Заявки на финансирование участия представителей и экспертов</translation>
        </message>
        <message>
            <source>Applications from representatives and experts to attend the sessions, checked against the eligibility criteria, with gender balance and geographic diversity of the selection.</source>
            <translation>Заявки представителей и экспертов на финансирование участия в сессиях, проверенные на соответствие критериям отбора, с учетом гендерного баланса и географического разнообразия при отборе.</translation>
        </message>
        <message>
            <source>Activities</source>
            <extracomment>Main window page: capacity-building activities funded by the fund</extracomment>
            <translation>Мероприятия</translation>
        </message>
        <message>
            <source>Capacity-building activities and their proposals</source>
            <translation>Мероприятия по наращиванию потенциала и предложения о них</translation>
        </message>
        <message>
            <source>Proposals for capacity-building activities from governments and their implementing partners, scored against the selection criteria and focus areas.</source>
            <translation>Предложения правительств и их партнеров-исполнителей о мероприятиях по наращиванию потенциала, оцененные по критериям отбора и тематическим направлениям.</translation>
        </message>
        <message>
            <source>Disbursements</source>
            <extracomment>Main window page: payments made by the fund</extracomment>
            <translation>Выплаты</translation>
        </message>
        <message>
            <source>Payments for approved sponsorships and activities</source>
            <translation>Платежи по утвержденному финансированию участия и мероприятиям</translation>
        </message>
        <message>
            <source>Payments made for sponsorships and activities approved by the High Representative, and the balance left in the fund.</source>
            <translation>Платежи по финансированию участия и мероприятиям, утвержденным Высоким представителем, и остаток средств фонда.</translation>
        </message>
        <message>
            <source>Reports</source>
            <extracomment>Main window page: printable reports and approval packets</extracomment>
            <translation>Отчеты</translation>
        </message>
        <message>
            <source>Reports, charts and approval packets</source>
            <translation>Отчеты, диаграммы и пакеты документов для утверждения</translation>
        </message>
        <message>
            <source>Reports on contributions and spending, charts of spending by region, and PDF approval packets for the High Representative's signature.</source>
            <translation>Отчеты о взносах и расходах, диаграммы расходов в разбивке по регионам и пакеты документов для утверждения в формате PDF на подпись Высокому представителю.</translation>
        </message>
        <message>
            <source>Settings</source>
            <extracomment>Main window page: application and fund settings</extracomment>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Fund threshold, currencies and language</source>
            <translation>Порог фонда, валюты и язык</translation>
        </message>
        <message>
            <source>The fund's operational threshold, exchange rates, how staff costs are paid, and the language of the application.</source>
            <translation>Операционный порог фонда, обменные курсы, источник покрытия расходов по персоналу и язык приложения.</translation>
        </message>
        <message>
            <source>About this page</source>
            <extracomment>Accessible name of the paragraph that describes a page not yet built</extracomment>
            <translation>Об этой странице</translation>
        </message>
        <message>
            <source>Fund Settings</source>
            <extracomment>Heading of the Settings page</extracomment>
            <translation>Настройки фонда</translation>
        </message>
        <message>
            <source>Fund &amp;name:</source>
            <extracomment>Form label: the fund's name, shown on reports</extracomment>
            <translation>На&amp;звание фонда:</translation>
        </message>
        <message>
            <source>Operational &amp;threshold (USD):</source>
            <extracomment>Form label: ¶16 minimum of receipts before the fund operates</extracomment>
            <translation>Операционный &amp;порог (USD):</translation>
        </message>
        <message>
            <source>Threshold &amp;announced:</source>
            <extracomment>Form label: when donors were told the threshold</extracomment>
            <translation>Порог о&amp;бъявлен:</translation>
        </message>
        <message>
            <source>Staff costs:</source>
            <extracomment>Form label: where the salaries of the fund's two posts are paid from (¶15)</extracomment>
            <translation>Расходы по персоналу:</translation>
        </message>
        <message>
            <source>Annual cost of the &amp;P post (USD):</source>
            <extracomment>Form label: annual cost of the Professional (P) post</extracomment>
            <translation>Годовые расходы на должность &amp;С (USD):</translation>
        </message>
        <message>
            <source>Annual cost of the &amp;GS post (USD):</source>
            <extracomment>Form label: annual cost of the General Service (GS) post</extracomment>
            <translation>Годовые расходы на должность &amp;ОО (USD):</translation>
        </message>
        <message>
            <source>Activity funding &amp;floor (USD):</source>
            <extracomment>Form label: ¶23 minimum funding of an activity</extracomment>
            <translation>Минимальный уровень &amp;финансирования мероприятия (USD):</translation>
        </message>
        <message>
            <source>Announced on</source>
            <extracomment>Check box before the date the threshold was announced to donors</extracomment>
            <translation>Объявлен</translation>
        </message>
        <message>
            <source>Threshold announced</source>
            <translation>Порог объявлен</translation>
        </message>
        <message>
            <source>Date the threshold was announced</source>
            <translation>Дата объявления порога</translation>
        </message>
        <message>
            <source>Charged to the regular budget</source>
            <extracomment>Staff costs option (¶15)</extracomment>
            <translation>За счет регулярного бюджета</translation>
        </message>
        <message>
            <source>Charged to voluntary contributions</source>
            <extracomment>Staff costs option (¶15)</extracomment>
            <translation>За счет добровольных взносов</translation>
        </message>
        <message>
            <source>¶15: the fund has a Professional (P) post and a General Service (GS) post. When they are charged to voluntary contributions, their annual cost is set aside from the money received before any sponsorship or activity; under the regular budget, contributions go to sponsorships and activities only.</source>
            <extracomment>¶15 is a paragraph of the report that set up the fund</extracomment>
            <translation>¶15: в фонде предусмотрены должность категории специалистов (С) и должность категории общего обслуживания (ОО). Если они финансируются за счет добровольных взносов, их годовая стоимость резервируется из полученных средств до финансирования участия или мероприятий; при финансировании из регулярного бюджета взносы направляются только на финансирование участия и мероприятия.</translation>
        </message>
        <message>
            <source>¶23: the least an activity must be funded with; activities below it are not approved.</source>
            <extracomment>¶23 is a paragraph of the report that set up the fund</extracomment>
            <translation>¶23: минимальный объем финансирования мероприятия; мероприятия ниже этого уровня не утверждаются.</translation>
        </message>
        <message>
            <source>&amp;Save Settings</source>
            <extracomment>Button on the Settings page</extracomment>
            <translation>Сохра&amp;нить настройки</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Сохранить настройки</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <extracomment>Shown beside the Save button once the settings are stored</extracomment>
            <translation>Настройки сохранены.</translation>
        </message>
        <message>
            <source>Filter by name, kind, country, region, year…</source>
            <extracomment>Placeholder of the filter box above a table</extracomment>
            <translation>Фильтр по наименованию, виду, стране, региону, году…</translation>
        </message>
        <message>
            <source>Filter %1</source>
            <extracomment>Accessible name of the filter box above a table; %1 is the table's title</extracomment>
            <translation>Фильтр: %1</translation>
        </message>
        <message>
            <source>Totals</source>
            <extracomment>Accessible name of the line of totals under a table</extracomment>
            <translation>Итоги</translation>
        </message>
        <message>
            <source>No co-applicant State: a national activity.</source>
            <extracomment>Under the co-applicant list when no State is ticked</extracomment>
            <translation>Государств-созаявителей нет: национальное мероприятие.</translation>
        </message>
        <message numerus="yes">
            <source>%n co-applicant State(s) chosen: %1</source>
            <extracomment>Under the co-applicant list: %1 lists the ticked States' names</extracomment>
            <translation>
                <numerusform>Выбрано %n государство-созаявитель: %1</numerusform>
                <numerusform>Выбрано %n государства-созаявителя: %1</numerusform>
                <numerusform>Выбрано %n государств-созаявителей: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Governance Consultation</source>
            <translation>Консультация со структурой управления</translation>
        </message>
        <message>
            <source>&amp;Date of the consultation:</source>
            <extracomment>Form label: the day the governance structure was consulted (¶18)</extracomment>
            <translation>&amp;Дата консультации:</translation>
        </message>
        <message>
            <source>&amp;Participants: States and members who took part, one per line:</source>
            <translation>&amp;Участники: государства и члены, принявшие участие, по одному в строке:</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>&amp;Advice per application:</source>
            <translation>&amp;Мнение по каждой заявке:</translation>
        </message>
        <message>
            <source>Advice per application</source>
            <translation>Мнение по каждой заявке</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>Date of the consultation</source>
            <translation>Дата консультации</translation>
        </message>
        <message>
            <source>Stance</source>
            <extracomment>Column header: where the governance structure stands on the application</extracomment>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>Advice</source>
            <extracomment>Column header: the advice given, in words</extracomment>
            <translation>Мнение</translation>
        </message>
        <message>
            <source>Not discussed</source>
            <extracomment>First choice of the stance combo: the application was not on the agenda</extracomment>
            <translation>Не обсуждалась</translation>
        </message>
        <message>
            <source>Stance on %1</source>
            <extracomment>Accessible name of a stance box; %1 is the application's reference</extracomment>
            <translation>Позиция по заявке %1</translation>
        </message>
        <message>
            <source>Advice on %1</source>
            <extracomment>Accessible name of an advice box; %1 is the application's reference</extracomment>
            <translation>Мнение по заявке %1</translation>
        </message>
        <message>
            <source>Step 1: conflict of interest</source>
            <extracomment>Group title: the first step of a review</extracomment>
            <translation>Шаг 1: конфликт интересов</translation>
        </message>
        <message>
            <source>Step 2: scores (¶25)</source>
            <extracomment>Group title: the second step of a review</extracomment>
            <translation>Шаг 2: баллы (¶25)</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <extracomment>File menu: replace the open fund with a backup copy</extracomment>
            <translation>&amp;Восстановить…</translation>
        </message>
        <message>
            <source>Replace the fund with a backup, after checking it</source>
            <translation>Заменить фонд резервной копией после ее проверки</translation>
        </message>
        <message>
            <source>&amp;Manual</source>
            <extracomment>Help menu: open the user manual</extracomment>
            <translation>&amp;Руководство</translation>
        </message>
        <message>
            <source>Restore fund from backup</source>
            <extracomment>Title of the file dialog that picks a backup to restore</extracomment>
            <translation>Восстановить фонд из резервной копии</translation>
        </message>
        <message>
            <source>Capacity-building activities</source>
            <extracomment>Accessible name of the Activities page</extracomment>
            <translation>Мероприятия по наращиванию потенциала</translation>
        </message>
        <message>
            <source>Ranking</source>
            <extracomment>Tab of the Activities page: applications by aggregate score</extracomment>
            <translation>Рейтинг</translation>
        </message>
        <message>
            <source>Geographic Balance</source>
            <extracomment>Tab of the Activities page: amounts by region (¶25c)</extracomment>
            <translation>Географическая сбалансированность</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s) shown · requested %1</source>
            <extracomment>Under the activities table: %1 is the total requested such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>Показана %n заявка · запрошено %1</numerusform>
                <numerusform>Показано %n заявки · запрошено %1</numerusform>
                <numerusform>Показано %n заявок · запрошено %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n below the funding floor</source>
            <extracomment>Under the activities table: how many shown applications are under the ¶23 floor</extracomment>
            <translation>
                <numerusform>%n ниже минимального уровня финансирования</numerusform>
                <numerusform>%n ниже минимального уровня финансирования</numerusform>
                <numerusform>%n ниже минимального уровня финансирования</numerusform>
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
            <translation>Изменить заявку на проведение мероприятия</translation>
        </message>
        <message>
            <source>Delete the activity application %1, “%2”?</source>
            <extracomment>%1 is the application's reference, %2 its title</extracomment>
            <translation>Удалить заявку на проведение мероприятия %1 «%2»?</translation>
        </message>
        <message>
            <source>Delete Activity Application</source>
            <translation>Удалить заявку на проведение мероприятия</translation>
        </message>
        <message>
            <source>Export Scores</source>
            <translation>Экспорт баллов</translation>
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
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <source>Activity applications</source>
            <extracomment>Heading of the table of capacity-building activity applications</extracomment>
            <translation>Заявки на проведение мероприятий</translation>
        </message>
        <message>
            <source>Filter by reference, title, State, partner…</source>
            <extracomment>Placeholder of the filter box above the activities table</extracomment>
            <translation>Фильтр по условному обозначению, названию, государству, партнеру…</translation>
        </message>
        <message>
            <source>Add activity application</source>
            <translation>Добавить заявку на проведение мероприятия</translation>
        </message>
        <message>
            <source>Record a new application (Insert)</source>
            <translation>Зарегистрировать новую заявку (Insert)</translation>
        </message>
        <message>
            <source>Edit activity application</source>
            <translation>Изменить заявку на проведение мероприятия</translation>
        </message>
        <message>
            <source>Edit the selected application (Enter)</source>
            <translation>Изменить выбранную заявку (Enter)</translation>
        </message>
        <message>
            <source>Delete activity application</source>
            <translation>Удалить заявку на проведение мероприятия</translation>
        </message>
        <message>
            <source>Delete the selected application (Del)</source>
            <translation>Удалить выбранную заявку (Del)</translation>
        </message>
        <message>
            <source>Score activity application</source>
            <translation>Оценить заявку на проведение мероприятия</translation>
        </message>
        <message>
            <source>Record governance consultation</source>
            <translation>Зарегистрировать консультацию со структурой управления</translation>
        </message>
        <message>
            <source>Export review scores</source>
            <translation>Экспортировать баллы оценки</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <extracomment>Filter above the activities table
----------
Filter above the sponsorship applications</extracomment>
            <translation>&amp;Статус:</translation>
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation>&amp;Регион:</translation>
        </message>
        <message>
            <source>F&amp;ocus area:</source>
            <translation>&amp;Тематическое направление:</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Год:</translation>
        </message>
        <message>
            <source>All statuses</source>
            <extracomment>First entry of a filter combo: no filtering</extracomment>
            <translation>Все статусы</translation>
        </message>
        <message>
            <source>All regions</source>
            <translation>Все регионы</translation>
        </message>
        <message>
            <source>All focus areas</source>
            <translation>Все тематические направления</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Все годы</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Фильтр по статусу</translation>
        </message>
        <message>
            <source>Filter by region</source>
            <translation>Фильтр по региону</translation>
        </message>
        <message>
            <source>Filter by focus area</source>
            <translation>Фильтр по тематическому направлению</translation>
        </message>
        <message>
            <source>Filter by year the activity runs in</source>
            <extracomment>Accessible name of the year filter: activities running in that year</extracomment>
            <translation>Фильтр по году проведения мероприятия</translation>
        </message>
        <message>
            <source>Activities that run in the chosen year</source>
            <translation>Мероприятия, проводимые в выбранном году</translation>
        </message>
        <message>
            <source>Requested in all: %1 · recommended in all: %2</source>
            <extracomment>Under the geographic balance: %1 total requested, %2 total recommended</extracomment>
            <translation>Всего запрошено: %1 · всего рекомендовано: %2</translation>
        </message>
        <message>
            <source>Geographic balance (¶25c): what the applications request and what is recommended or beyond, by region. A regional activity counts in equal parts for each participating State. The dashed line in each bar and the last row show the equal share: the total divided equally.</source>
            <translation>Географическая сбалансированность (¶25c): суммы, запрошенные в заявках, и суммы рекомендованных заявок и последующих этапов в разбивке по регионам. Региональное мероприятие учитывается равными долями по каждому участвующему государству. Пунктирная линия на каждой полосе и последняя строка показывают равную долю: общую сумму, разделенную поровну.</translation>
        </message>
        <message>
            <source>By M49 region</source>
            <extracomment>Heading of the table by M49 geographic region</extracomment>
            <translation>По регионам M49</translation>
        </message>
        <message>
            <source>By UN regional group</source>
            <extracomment>Heading of the table by UN regional group</extracomment>
            <translation>По региональным группам ООН</translation>
        </message>
        <message numerus="yes">
            <source>%n of %1 candidate application(s) fit within the available balance of %2; the scored requests above the floor add up to %3.</source>
            <extracomment>Under the ranking: %1 the number of candidates, %2 the available balance, %3 the total requested by the scored applications above the floor</extracomment>
            <translation>
                <numerusform>В доступный остаток средств в размере %2 укладывается заявок-кандидатов: %n из %1; оцененные запросы выше минимального уровня финансирования составляют в сумме %3.</numerusform>
                <numerusform>В доступный остаток средств в размере %2 укладывается заявок-кандидатов: %n из %1; оцененные запросы выше минимального уровня финансирования составляют в сумме %3.</numerusform>
                <numerusform>В доступный остаток средств в размере %2 укладывается заявок-кандидатов: %n из %1; оцененные запросы выше минимального уровня финансирования составляют в сумме %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ranking by aggregate score</source>
            <extracomment>Heading of the ranking of activity applications by aggregate score</extracomment>
            <translation>Рейтинг по сводному баллу</translation>
        </message>
        <message>
            <source>Applications that are eligible, under review or recommended, highest aggregate score first. The running total adds up the scored requests above the minimum funding floor against the fund's available balance for this year.</source>
            <translation>Заявки, признанные приемлемыми, находящиеся на рассмотрении или рекомендованные, в порядке убывания сводного балла. Нарастающий итог суммирует оцененные запросы выше минимального уровня финансирования в сопоставлении с доступным остатком средств фонда на этот год.</translation>
        </message>
        <message>
            <source>Ranking summary</source>
            <translation>Сводка рейтинга</translation>
        </message>
        <message>
            <source>US dollars</source>
            <extracomment>axis title of a chart of amounts</extracomment>
            <translation>Доллары США</translation>
        </message>
        <message>
            <source>Per cent</source>
            <extracomment>axis title of a chart of shares</extracomment>
            <translation>Проценты</translation>
        </message>
        <message>
            <source>Number</source>
            <extracomment>axis title of a chart of counts</extracomment>
            <translation>Количество</translation>
        </message>
        <message>
            <source>&amp;Save chart…</source>
            <extracomment>button under a chart</extracomment>
            <translation>&amp;Сохранить диаграмму…</translation>
        </message>
        <message>
            <source>Save as &amp;PNG…</source>
            <translation>Сохранить в формате &amp;PNG…</translation>
        </message>
        <message>
            <source>Save as S&amp;VG…</source>
            <translation>Сохранить в формате S&amp;VG…</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Сохранить диаграмму</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Изображение PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Рисунок SVG (*.svg)</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
        </message>
        <message>
            <source>Chart: %1. Right-click to save it as PNG or SVG.</source>
            <extracomment>accessible description of a chart; %1 is its title</extracomment>
            <translation>Диаграмма: %1. Щелкните правой кнопкой мыши, чтобы сохранить ее в формате PNG или SVG.</translation>
        </message>
        <message>
            <source>Save the chart “%1”</source>
            <extracomment>%1 is a chart's title</extracomment>
            <translation>Сохранить диаграмму «%1»</translation>
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
            <translation>Новая заявка получает статус «Черновик» или «Подана»; сохраненная заявка переводится в следующий статус с помощью команды «Рабочий процесс…» на странице «Мероприятия».</translation>
        </message>
        <message>
            <source>%1 · %2 — remaining %3</source>
            <extracomment>an item in the payment dialog: %1 reference, %2 title, %3 what remains to pay</extracomment>
            <translation>%1 · %2 — остается %3</translation>
        </message>
        <message>
            <source>No item has been paid yet: there is nothing to refund.</source>
            <translation>Выплат по позициям еще не производилось: возвращать нечего.</translation>
        </message>
        <message>
            <source>No approved or active item: a payment needs one.</source>
            <translation>Нет утвержденных или выполняемых позиций: платеж можно произвести только по такой позиции.</translation>
        </message>
        <message>
            <source>Committed %1 · paid %2 · remaining %3</source>
            <extracomment>%1 committed, %2 paid so far, %3 what remains, all with currency</extracomment>
            <translation>Обязательства: %1 · выплачено: %2 · остается: %3</translation>
        </message>
        <message>
            <source>Choose the approved item the payment is for.</source>
            <translation>Выберите утвержденную позицию, по которой производится платеж.</translation>
        </message>
        <message>
            <source>Enter the amount paid.</source>
            <translation>Введите выплаченную сумму.</translation>
        </message>
        <message>
            <source>“%1” is not an amount. Type digits, with the decimals after the decimal sign.</source>
            <translation>«%1» не является суммой. Введите цифры, указав дробную часть после десятичного разделителя.</translation>
        </message>
        <message>
            <source>Record a Refund</source>
            <translation>Зарегистрировать возврат</translation>
        </message>
        <message>
            <source>Record a Payment</source>
            <translation>Зарегистрировать платеж</translation>
        </message>
        <message>
            <source>&amp;Item:</source>
            <extracomment>the approved sponsorship or activity a payment is made against</extracomment>
            <translation>&amp;Позиция:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>&amp;Сумма:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <extracomment>Form label: the currency the fund's books are kept in (always USD)</extracomment>
            <translation>&amp;Валюта:</translation>
        </message>
        <message>
            <source>USD &amp;rate:</source>
            <translation>&amp;Курс к USD:</translation>
        </message>
        <message>
            <source>&amp;Payee:</source>
            <translation>Полу&amp;чатель платежа:</translation>
        </message>
        <message>
            <source>Re&amp;ference:</source>
            <translation>&amp;Номер:</translation>
        </message>
        <message>
            <source>Reas&amp;on for the refund:</source>
            <translation>П&amp;ричина возврата:</translation>
        </message>
        <message>
            <source>Item</source>
            <extracomment>the approved sponsorship or activity a payment is made against</extracomment>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>USD rate</source>
            <translation>Курс к USD</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>Получатель платежа</translation>
        </message>
        <message>
            <source>Reason for the refund</source>
            <translation>Причина возврата</translation>
        </message>
        <message>
            <source>The approved or active items, each with what remains to pay.</source>
            <translation>Утвержденные или выполняемые позиции с указанием остатка к выплате по каждой из них.</translation>
        </message>
        <message>
            <source>How many US dollars one unit of the currency was worth on the day.</source>
            <translation>Сколько долларов США стоила одна единица валюты в тот день.</translation>
        </message>
        <message>
            <source>&amp;Record refund</source>
            <translation>&amp;Зарегистрировать возврат</translation>
        </message>
        <message>
            <source>&amp;Record payment</source>
            <translation>&amp;Зарегистрировать платеж</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of the CSV file, %2 the problem</extracomment>
            <translation>Строка %1: %2</translation>
        </message>
        <message>
            <source>Line %1, column %2: %3</source>
            <extracomment>%1 is a line number of the CSV file, %2 a column name, %3 the problem</extracomment>
            <translation>Строка %1, столбец %2: %3</translation>
        </message>
        <message>
            <source>Choose the CSV file to import</source>
            <translation>Выберите файл CSV для импорта</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <extracomment>file type filter in a file dialog</extracomment>
            <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
        </message>
        <message>
            <source>“%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>Не удалось открыть «%1». Проверьте имя файла и наличие у вас права на его чтение.</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <extracomment>Shown while the import file is being checked</extracomment>
            <translation>Проверка файла…</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <extracomment>The user cancelled the check of an import file</extracomment>
            <translation>Проверка отменена.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) checked, no problem found. Import writes them all at once.</source>
            <extracomment>%n is the number of rows of the file</extracomment>
            <translation>
                <numerusform>Проверена %n строка, проблем не обнаружено. При импорте все строки записываются одновременно.</numerusform>
                <numerusform>Проверено %n строки, проблем не обнаружено. При импорте все строки записываются одновременно.</numerusform>
                <numerusform>Проверено %n строк, проблем не обнаружено. При импорте все строки записываются одновременно.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found. Correct the file and check it again: nothing is imported while any remains.</source>
            <extracomment>%n is the number of problems; nothing is imported until all are corrected</extracomment>
            <translation>
                <numerusform>Обнаружена %n проблема. Исправьте файл и проверьте его снова: пока остается хотя бы одна проблема, ничего не импортируется.</numerusform>
                <numerusform>Обнаружено %n проблемы. Исправьте файл и проверьте его снова: пока остается хотя бы одна проблема, ничего не импортируется.</numerusform>
                <numerusform>Обнаружено %n проблем. Исправьте файл и проверьте его снова: пока остается хотя бы одна проблема, ничего не импортируется.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <extracomment>Shown while the rows of an import file are written</extracomment>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>Choose the kind of records and the CSV file, then check it.</source>
            <extracomment>How the import dialog starts</extracomment>
            <translation>Выберите вид записей и файл CSV, а затем проверьте его.</translation>
        </message>
        <message>
            <source>Import from CSV</source>
            <extracomment>Title of the import dialog</extracomment>
            <translation>Импорт из CSV</translation>
        </message>
        <message>
            <source>&amp;Kind of records:</source>
            <translation>&amp;Вид записей:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <extracomment>Form label: the file the new fund is saved in</extracomment>
            <translation>&amp;Файл:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>&amp;Проверить</translation>
        </message>
        <message>
            <source>The conditions of the receipts in this file do not restrict their use to specific activities (no earmarking, ¶19)</source>
            <translation>Условия поступлений в этом файле не ограничивают использование средств конкретными мероприятиями (без целевого назначения, ¶19)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <extracomment>Button in the banner shown while a fund opens</extracomment>
            <translation>О&amp;тмена</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <extracomment>Button of the import dialog: write the checked file's rows</extracomment>
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <source>Kind of records</source>
            <translation>Вид записей</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>Файл CSV</translation>
        </message>
        <message>
            <source>Path of a UTF-8 CSV file, comma or semicolon</source>
            <translation>Путь к файлу CSV в кодировке UTF-8 с разделителем «запятая» или «точка с запятой»</translation>
        </message>
        <message>
            <source>Receipts' conditions are not earmarks</source>
            <translation>Условия поступлений не означают целевого назначения</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Ход выполнения</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>Результат проверки</translation>
        </message>
        <message>
            <source>Rows of the file</source>
            <translation>Строки файла</translation>
        </message>
        <message>
            <source>Every row of the file with the problems found in it, in the last column</source>
            <translation>Все строки файла; обнаруженные в них проблемы указаны в последнем столбце</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translation>Обнаруженные проблемы</translation>
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
            <translation>Строка</translation>
        </message>
        <message>
            <source>Problems</source>
            <extracomment>Column of the import preview: what is wrong with the row</extracomment>
            <translation>Проблемы</translation>
        </message>
        <message>
            <source>One delegate: from %1 to %2 by region of origin</source>
            <extracomment>Live under the cost norms: %1 the cheapest, %2 the dearest estimate for one delegate</extracomment>
            <translation>Один делегат: от %1 до %2 в зависимости от региона отправления</translation>
        </message>
        <message>
            <source>Meeting %1</source>
            <translation>Совещание %1</translation>
        </message>
        <message>
            <source>New Meeting</source>
            <translation>Новое совещание</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>&amp;Город:</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <extracomment>Form label: the first day of the meeting</extracomment>
            <translation>&amp;Первый день:</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>П&amp;оследний день:</translation>
        </message>
        <message>
            <source>Formal &amp;meeting days:</source>
            <extracomment>Form label: the days of formal meetings a sponsored delegate attends (¶21d)</extracomment>
            <translation>Дни официальных &amp;заседаний:</translation>
        </message>
        <message>
            <source>Airfare by region of origin (USD):</source>
            <extracomment>Form label above the return airfare estimated per region the delegate travels from</extracomment>
            <translation>Стоимость авиабилета в зависимости от региона отправления (USD):</translation>
        </message>
        <message>
            <source>&amp;DSA rate per day (USD):</source>
            <extracomment>Form label: the daily subsistence allowance rate, in USD</extracomment>
            <translation>&amp;Ставка суточных в день (USD):</translation>
        </message>
        <message>
            <source>DSA da&amp;ys:</source>
            <extracomment>Form label: how many days of daily subsistence allowance are paid</extracomment>
            <translation>Число &amp;дней выплаты суточных:</translation>
        </message>
        <message>
            <source>&amp;Terminal expenses (USD):</source>
            <extracomment>Form label: the terminal expenses of the trip, in USD</extracomment>
            <translation>&amp;Терминальные расходы (USD):</translation>
        </message>
        <message>
            <source>Per delegate:</source>
            <extracomment>Form label: what one delegate costs under these norms</extracomment>
            <translation>На одного делегата:</translation>
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
            <translation>Стоимость авиабилета из региона «%1» в USD</translation>
        </message>
        <message>
            <source>Such as PM-2026-1</source>
            <translation>Например, PM-2026-1</translation>
        </message>
        <message>
            <source>Close %1? Its records will refuse every change until the year is reopened, with a reason.</source>
            <translation>Закрыть %1 год? Изменения его записей не будут приниматься, пока год не будет вновь открыт с указанием причины.</translation>
        </message>
        <message>
            <source>Reopen %1? Its records can be changed again; the reason is kept on record.</source>
            <translation>Вновь открыть %1 год? Его записи снова можно будет изменять; причина сохраняется в записях.</translation>
        </message>
        <message>
            <source>Enter the reason for reopening the year: it is kept on record.</source>
            <translation>Введите причину повторного открытия года: она сохраняется в записях.</translation>
        </message>
        <message>
            <source>Close a Year</source>
            <translation>Закрыть год</translation>
        </message>
        <message>
            <source>Reopen a Year</source>
            <translation>Вновь открыть год</translation>
        </message>
        <message>
            <source>A closed year refuses changes to its records: payments, approvals and other writes dated in it. Only the fund manager can close a year.</source>
            <translation>В закрытом году не принимаются изменения записей: платежей, утверждений и других записей, датированных этим годом. Закрыть год может только управляющий фондом.</translation>
        </message>
        <message>
            <source>Reopening allows changes to the year's records again. The reason is kept on record with your name.</source>
            <translation>После повторного открытия записи года снова можно изменять. Причина сохраняется в записях вместе с вашим именем.</translation>
        </message>
        <message>
            <source>&amp;Year to close:</source>
            <translation>&amp;Год для закрытия:</translation>
        </message>
        <message>
            <source>&amp;Year to reopen:</source>
            <translation>&amp;Год для повторного открытия:</translation>
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation>&amp;Причина (обязательно):</translation>
        </message>
        <message>
            <source>Year to close</source>
            <translation>Год для закрытия</translation>
        </message>
        <message>
            <source>Year to reopen</source>
            <translation>Год для повторного открытия</translation>
        </message>
        <message>
            <source>Reason for reopening</source>
            <translation>Причина повторного открытия</translation>
        </message>
        <message>
            <source>&amp;Close year</source>
            <translation>&amp;Закрыть год</translation>
        </message>
        <message>
            <source>&amp;Reopen year</source>
            <translation>&amp;Вновь открыть год</translation>
        </message>
        <message>
            <source>New Profile</source>
            <translation>Новый профиль</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>The fund manager recommends, the High Representative's office approves.</source>
            <translation>Управляющий фондом рекомендует, Канцелярия Высокого представителя утверждает.</translation>
        </message>
        <message>
            <source>&amp;Create profile</source>
            <translation>&amp;Создать профиль</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Роль:</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s).</source>
            <extracomment>%n is the number of records listed</extracomment>
            <translation>
                <numerusform>%n запись.</numerusform>
                <numerusform>%n записи.</numerusform>
                <numerusform>%n записей.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <extracomment>A criterion of the sponsorship form: %1 is "¶21(a)", %2 the condition in words</extracomment>
            <translation>%2 %1</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <extracomment>Choice for a ¶21 criterion: nobody has assessed it yet</extracomment>
            <translation>Не оценен</translation>
        </message>
        <message>
            <source>Met</source>
            <extracomment>Choice for a ¶21 criterion</extracomment>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Not met</source>
            <extracomment>Choice for a ¶21 criterion</extracomment>
            <translation>Не выполнено</translation>
        </message>
        <message>
            <source>Criterion %1</source>
            <extracomment>Accessible name of a criterion's choice; %1 is "¶21(a)"</extracomment>
            <translation>Критерий %1</translation>
        </message>
        <message>
            <source>Evidence for %1</source>
            <extracomment>Accessible name of a criterion's evidence box; %1 is "¶21(a)"</extracomment>
            <translation>Подтверждения по критерию %1</translation>
        </message>
        <message>
            <source>Evidence seen, such as the nominating letter</source>
            <translation>Рассмотренные подтверждения, например письмо о выдвижении</translation>
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
            <translation>Заявка на финансирование участия — %1</translation>
        </message>
        <message>
            <source>New Sponsorship Application</source>
            <translation>Новая заявка на финансирование участия</translation>
        </message>
        <message>
            <source>Criteria (¶21)</source>
            <extracomment>Tab of the sponsorship form: the five criteria of ¶21</extracomment>
            <translation>Критерии (¶21)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Стоимость</translation>
        </message>
        <message>
            <source>After the Meeting</source>
            <extracomment>Tab of the sponsorship form: attendance, report and actual cost</extracomment>
            <translation>После совещания</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>&amp;Совещание:</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>&amp;Пол:</translation>
        </message>
        <message>
            <source>M&amp;inistry or agency:</source>
            <translation>&amp;Министерство или ведомство:</translation>
        </message>
        <message>
            <source>Capital-&amp;based:</source>
            <extracomment>Form label: whether the official works in the capital (¶21a)</extracomment>
            <translation>Из с&amp;толицы:</translation>
        </message>
        <message>
            <source>C&amp;ontact:</source>
            <translation>К&amp;онтакт:</translation>
        </message>
        <message>
            <source>Nominating &amp;letter:</source>
            <translation>Письмо о в&amp;ыдвижении:</translation>
        </message>
        <message>
            <source>S&amp;core:</source>
            <extracomment>Form label: the reviewer's score, 0 to 100</extracomment>
            <translation>&amp;Балл:</translation>
        </message>
        <message>
            <source>Dra&amp;ft:</source>
            <translation>&amp;Черновик:</translation>
        </message>
        <message>
            <source>Not&amp;es:</source>
            <translation>Прим&amp;ечания:</translation>
        </message>
        <message>
            <source>Estimated cost:</source>
            <extracomment>Form label: the cost computed from the meeting's norms</extracomment>
            <translation>Расчетная стоимость:</translation>
        </message>
        <message>
            <source>Set the cost by &amp;hand:</source>
            <translation>Задать стоимость &amp;вручную:</translation>
        </message>
        <message>
            <source>&amp;Cost (USD):</source>
            <translation>Сто&amp;имость (USD):</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <extracomment>Form label: why the cost differs from the meeting's norms (mandatory)</extracomment>
            <translation>П&amp;ричина:</translation>
        </message>
        <message>
            <source>Attended all formal &amp;meetings:</source>
            <extracomment>Form label: did the delegate attend all formal meetings (¶21d)</extracomment>
            <translation>Присутствие на всех официальных &amp;заседаниях:</translation>
        </message>
        <message>
            <source>&amp;Report received:</source>
            <extracomment>Form label: did the delegate share a report with the fund manager (¶21e)</extracomment>
            <translation>&amp;Отчет получен:</translation>
        </message>
        <message>
            <source>&amp;Actual cost (USD):</source>
            <translation>&amp;Фактическая стоимость (USD):</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выберите…</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <extracomment>Choice for attendance at all formal meetings: nobody has said yet</extracomment>
            <translation>Пока неизвестно</translation>
        </message>
        <message>
            <source>Yes, confirmed</source>
            <translation>Да, подтверждено</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Works in the capital (¶21a)</source>
            <translation>Работает в столице (¶21a)</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Получено</translation>
        </message>
        <message>
            <source>Not yet submitted for screening</source>
            <translation>Еще не подана для проверки</translation>
        </message>
        <message>
            <source>Shared with the fund manager (¶21e)</source>
            <translation>Представлен управляющему фондом (¶21e)</translation>
        </message>
        <message>
            <source>Use my own figure instead of the meeting's norms</source>
            <translation>Использовать собственную сумму вместо норм совещания</translation>
        </message>
        <message>
            <source>No score</source>
            <extracomment>Shown in the score box when the reviewer has not scored the application</extracomment>
            <translation>Без оценки</translation>
        </message>
        <message>
            <source>Such as a known cheaper fare or a longer trip</source>
            <translation>Например, известный более дешевый тариф или более длительная поездка</translation>
        </message>
        <message>
            <source>E-mail or telephone</source>
            <translation>Электронная почта или телефон</translation>
        </message>
        <message>
            <source>Criteria of ¶21</source>
            <translation>Критерии ¶21</translation>
        </message>
        <message>
            <source>Screening against ¶21</source>
            <translation>Проверка на соответствие ¶21</translation>
        </message>
        <message>
            <source>Enter the cost in USD, or clear “Use my own figure”.</source>
            <translation>Введите стоимость в USD или снимите флажок «Использовать собственную сумму».</translation>
        </message>
        <message>
            <source>Eligible: the application meets all five criteria of ¶21.</source>
            <translation>Соответствует требованиям: заявка отвечает всем пяти критериям ¶21.</translation>
        </message>
        <message>
            <source>Ineligible — it cannot be recommended:</source>
            <extracomment>Heading of the screening lines when a ¶21 criterion fails</extracomment>
            <translation>Не соответствует требованиям — ее нельзя рекомендовать:</translation>
        </message>
        <message>
            <source>• %1</source>
            <extracomment>One line of the screening: a failing criterion in words</extracomment>
            <translation>• %1</translation>
        </message>
        <message>
            <source>Still to assess: %1.</source>
            <extracomment>%1 lists criteria such as "¶21(d) and ¶21(e)"</extracomment>
            <translation>Еще предстоит оценить: %1.</translation>
        </message>
        <message>
            <source>%1, from the meeting's norms for the State's region</source>
            <extracomment>The live estimate; %1 is an amount such as USD 5,656.00</extracomment>
            <translation>%1 согласно нормам совещания для региона государства</translation>
        </message>
        <message>
            <source>New fund</source>
            <extracomment>Title of the file dialog that picks where a new fund is saved</extracomment>
            <translation>Новый фонд</translation>
        </message>
        <message>
            <source>FundDesk funds (*.funddesk)</source>
            <translation>Фонды FundDesk (*.funddesk)</translation>
        </message>
        <message>
            <source>Give the fund a name: it heads every report and packet.</source>
            <translation>Присвойте фонду название: оно указывается в заголовке каждого отчета и пакета документов.</translation>
        </message>
        <message>
            <source>“%1” is not an amount in US dollars. Enter the threshold as a number such as 250000, or leave it empty to set it later.</source>
            <extracomment>%1 is the amount typed</extracomment>
            <translation>«%1» не является суммой в долларах США. Введите порог в виде числа, например 250000, или оставьте поле пустым, чтобы задать его позже.</translation>
        </message>
        <message>
            <source>Choose the file the new fund is saved in.</source>
            <translation>Выберите файл, в котором будет сохранен новый фонд.</translation>
        </message>
        <message>
            <source>“%1” already exists; a new fund never replaces a file. Choose another name.</source>
            <translation>«%1» уже существует; новый фонд никогда не заменяет файл. Выберите другое имя.</translation>
        </message>
        <message>
            <source>Welcome to FundDesk</source>
            <translation>Добро пожаловать в FundDesk</translation>
        </message>
        <message>
            <source>There is no fund on this computer yet. Create the fund you manage, open a fund file you already have, or explore a demo fund with realistic records first.</source>
            <translation>На этом компьютере пока нет фонда. Создайте фонд, которым вы управляете, откройте уже имеющийся файл фонда или сначала ознакомьтесь с демонстрационным фондом с реалистичными записями.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <extracomment>Label of the interface language choice in the welcome dialog
----------
Form label: the language of FundDesk's windows</extracomment>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>The language of FundDesk's windows; it changes at once.</source>
            <translation>Язык окон FundDesk; изменение применяется сразу.</translation>
        </message>
        <message>
            <source>A new fund</source>
            <extracomment>Group title in the welcome dialog</extracomment>
            <translation>Новый фонд</translation>
        </message>
        <message>
            <source>Fund name</source>
            <translation>Название фонда</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building</source>
            <extracomment>Placeholder of the fund name; an example, translate freely</extracomment>
            <translation>Добровольный фонд ООН для наращивания потенциала в области безопасности ИКТ</translation>
        </message>
        <message>
            <source>The fund's books are kept in US dollars.</source>
            <translation>Учет фонда ведется в долларах США.</translation>
        </message>
        <message>
            <source>Operational threshold (USD)</source>
            <translation>Операционный порог (USD)</translation>
        </message>
        <message>
            <source>¶16: the fund operates once its receipts reach this amount. Leave it empty to set it later in Settings.</source>
            <translation>¶16: фонд начинает функционировать, когда поступления достигают этой суммы. Оставьте поле пустым, чтобы задать ее позже в настройках.</translation>
        </message>
        <message>
            <source>Fund file</source>
            <translation>Файл фонда</translation>
        </message>
        <message>
            <source>C&amp;hange…</source>
            <extracomment>Button: choose another file for the new fund</extracomment>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>Choose the fund file</source>
            <translation>Выберите файл фонда</translation>
        </message>
        <message>
            <source>C&amp;reate the fund</source>
            <translation>&amp;Создать фонд</translation>
        </message>
        <message>
            <source>Create the fund</source>
            <translation>Создать фонд</translation>
        </message>
        <message>
            <source>Or:</source>
            <extracomment>Welcome dialog, before the buttons that open a file or the demo fund</extracomment>
            <translation>Или:</translation>
        </message>
        <message>
            <source>&amp;Open an existing fund…</source>
            <translation>&amp;Открыть существующий фонд…</translation>
        </message>
        <message>
            <source>Open an existing fund</source>
            <translation>Открыть существующий фонд</translation>
        </message>
        <message>
            <source>E&amp;xplore the demo fund</source>
            <translation>Открыть &amp;демонстрационный фонд</translation>
        </message>
        <message>
            <source>Explore the demo fund</source>
            <translation>Открыть демонстрационный фонд</translation>
        </message>
        <message>
            <source>A fictitious fund with three years of realistic records, to try FundDesk before entering your own.</source>
            <translation>Вымышленный фонд с реалистичными записями за три года, чтобы опробовать FundDesk, прежде чем вводить собственные данные.</translation>
        </message>
        <message>
            <source>Propose an amended amount</source>
            <translation>Предложить измененную сумму</translation>
        </message>
        <message>
            <source>Approve the amended amount</source>
            <translation>Утвердить измененную сумму</translation>
        </message>
        <message>
            <source>Reject the amended amount</source>
            <translation>Отклонить измененную сумму</translation>
        </message>
        <message>
            <source>“%1” is not an amount in USD. Type it like %2.</source>
            <extracomment>%1 is what the user typed</extracomment>
            <translation>«%1» не является суммой в USD. Введите ее в виде %2.</translation>
        </message>
        <message>
            <source>Enter the new amount in USD.</source>
            <translation>Введите новую сумму в USD.</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Рабочий процесс</translation>
        </message>
        <message>
            <source>Current status: %1</source>
            <extracomment>%1 is a status such as "Under review"</extracomment>
            <translation>Текущий статус: %1</translation>
        </message>
        <message>
            <source>Committed: %1 (approved: %2)</source>
            <extracomment>%1 the amount committed now, %2 the amount approved at first</extracomment>
            <translation>Обязательства: %1 (утверждено: %2)</translation>
        </message>
        <message>
            <source>Amendment awaiting a decision: %1, “%2”</source>
            <extracomment>%1 the amount proposed in an amendment awaiting a decision</extracomment>
            <translation>Изменение, ожидающее решения: %1, «%2»</translation>
        </message>
        <message>
            <source>Acting as: %1 (%2)</source>
            <extracomment>%1 a person's name, %2 their role</extracomment>
            <translation>Действующий профиль: %1 (%2)</translation>
        </message>
        <message>
            <source>No profile is chosen: choose yours with Profile in the status bar before changing a status.</source>
            <translation>Профиль не выбран: прежде чем менять статус, выберите свой профиль с помощью кнопки «Профиль» в строке состояния.</translation>
        </message>
        <message>
            <source>&amp;Next step:</source>
            <translation>&amp;Следующий шаг:</translation>
        </message>
        <message>
            <source>This is a final status: no step is allowed from here.</source>
            <translation>Это окончательный статус: дальнейшие шаги невозможны.</translation>
        </message>
        <message>
            <source>Written &amp;justification (required):</source>
            <translation>Письменное &amp;обоснование (обязательно):</translation>
        </message>
        <message>
            <source>&amp;Note (optional):</source>
            <translation>&amp;Примечание (необязательно):</translation>
        </message>
        <message>
            <source>New &amp;amount in USD (required):</source>
            <translation>Новая с&amp;умма в USD (обязательно):</translation>
        </message>
        <message>
            <source>Approved &amp;amount in USD (empty: the amount requested):</source>
            <translation>Утвержденная с&amp;умма в USD (если не указана — запрошенная сумма):</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Следующий шаг</translation>
        </message>
        <message>
            <source>Only the steps allowed from the current status are listed.</source>
            <translation>Перечислены только шаги, допустимые из текущего статуса.</translation>
        </message>
        <message>
            <source>Written justification</source>
            <translation>Письменное обоснование</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Amount in USD</source>
            <translation>Сумма в USD</translation>
        </message>
        <message>
            <source>&amp;Record step</source>
            <translation>&amp;Зарегистрировать шаг</translation>
        </message>
        <message>
            <source>Print preview — %1</source>
            <translation>Предварительный просмотр — %1</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Предварительный просмотр</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>Печать: %1</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Сохранить в формате PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <extracomment>file type filter in the save dialog</extracomment>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Запись файла %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Writing the PDF</source>
            <translation>Запись файла PDF</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2. Choose a folder you can write to.</source>
            <translation>Не удается записать «%1»: %2. Выберите папку, доступную для записи.</translation>
        </message>
        <message>
            <source>Contributions received in %1 (¶17)</source>
            <extracomment>%1 a year</extracomment>
            <translation>Взносы, полученные в %1 году (¶17)</translation>
        </message>
        <message>
            <source>Contributions are published unless the donor asks otherwise (¶17). Amounts in US dollars.</source>
            <translation>Взносы публикуются, если донор не просит об ином (¶17). Суммы указаны в долларах США.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Страница %1 из %2</translation>
        </message>
        <message>
            <source>Made %1 UTC · record SHA-256 %2</source>
            <extracomment>document footer: %1 date and time made (UTC), %2 the SHA-256 of the record shown</extracomment>
            <translation>Создано %1 UTC · SHA-256 записи %2</translation>
        </message>
        <message>
            <source>Cannot create the folder “%1”. Choose a folder you can write to.</source>
            <translation>Не удается создать папку «%1». Выберите папку, доступную для записи.</translation>
        </message>
        <message>
            <source>Document &amp;language:</source>
            <extracomment>the language a document is written in, not the interface's</extracomment>
            <translation>&amp;Язык документа:</translation>
        </message>
        <message>
            <source>Document language</source>
            <translation>Язык документа</translation>
        </message>
        <message>
            <source>The language the document is written in; the interface keeps its own.</source>
            <translation>Язык, на котором составляется документ; язык интерфейса не меняется.</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Формат бумаги:</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Формат бумаги</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Letter (США)</translation>
        </message>
        <message>
            <source>The document was cancelled; nothing was written.</source>
            <translation>Создание документа отменено; ничего не записано.</translation>
        </message>
        <message>
            <source>Slate packet</source>
            <translation>Пакет документов по списку</translation>
        </message>
        <message>
            <source>Approval packet</source>
            <translation>Пакет документов для утверждения</translation>
        </message>
        <message>
            <source>Meeting reference</source>
            <translation>Номер совещания</translation>
        </message>
        <message>
            <source>Item reference</source>
            <translation>Номер позиции</translation>
        </message>
        <message>
            <source>The meeting whose recommended and approved delegates go in one packet.</source>
            <translation>Совещание, рекомендованные и утвержденные делегаты которого включаются в один пакет.</translation>
        </message>
        <message>
            <source>An activity's reference such as CB-2026-014, or SP- and a sponsorship's number such as SP-12.</source>
            <translation>Номер мероприятия, например CB-2026-014, или SP- и номер финансирования участия, например SP-12.</translation>
        </message>
        <message>
            <source>PM-2026-1</source>
            <translation>PM-2026-1</translation>
        </message>
        <message>
            <source>CB-2026-014 or SP-12</source>
            <translation>CB-2026-014 или SP-12</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>Пр&amp;осмотр…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Сохранить в формате PDF…</translation>
        </message>
        <message>
            <source>Print preview of the packet</source>
            <translation>Предварительный просмотр пакета</translation>
        </message>
        <message>
            <source>Print the packet</source>
            <translation>Напечатать пакет</translation>
        </message>
        <message>
            <source>Save the packet as a PDF file</source>
            <translation>Сохранить пакет в виде файла PDF</translation>
        </message>
        <message>
            <source>Public contributions list %1 — preview</source>
            <extracomment>%1 a year</extracomment>
            <translation>Публичный список взносов за %1 год — предварительный просмотр</translation>
        </message>
        <message>
            <source>&amp;What the public page and CSV show:</source>
            <translation>&amp;Что показывают публичная страница и CSV:</translation>
        </message>
        <message>
            <source>Published lines</source>
            <translation>Публикуемые строки</translation>
        </message>
        <message>
            <source>What they &amp;withhold, and why (internal — not published):</source>
            <translation>Что &amp;скрывается и почему (внутренняя информация — не публикуется):</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Withheld contributions</source>
            <translation>Непубликуемые взносы</translation>
        </message>
        <message>
            <source>Contributions whose donor asked for anonymity or not to be published.</source>
            <translation>Взносы, доноры которых просили сохранить анонимность или не публиковать сведения о взносе.</translation>
        </message>
        <message>
            <source>Applicants' personal data is never part of a public output (¶11): only donors and amounts are published.</source>
            <translation>Персональные данные кандидатов никогда не включаются в публикуемые материалы (¶11): публикуются только доноры и суммы.</translation>
        </message>
        <message>
            <source>%1: contributions received in %2</source>
            <extracomment>title of the public contributions page; %1 the fund's name, %2 the year</extracomment>
            <translation>%1: взносы, полученные в %2 году</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <extracomment>File menu: import donors, contributions or applications from a CSV file</extracomment>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <source>Import records from a CSV file, after a preview</source>
            <translation>Импортировать записи из файла CSV после предварительного просмотра</translation>
        </message>
        <message>
            <source>Refund from %1</source>
            <extracomment>the payee column of a refund: %1 is who paid the money back</extracomment>
            <translation>Возврат от %1</translation>
        </message>
        <message>
            <source>Recipient State</source>
            <translation>Государство-получатель</translation>
        </message>
        <message>
            <source>Pin %1</source>
            <extracomment>Accessible text of the pin check box; %1 is the applicant</extracomment>
            <translation>Закрепить: %1</translation>
        </message>
        <message>
            <source>Exclude %1</source>
            <extracomment>Accessible text of the exclude check box; %1 is the applicant</extracomment>
            <translation>Исключить: %1</translation>
        </message>
        <message>
            <source>; </source>
            <extracomment>Separator between the reasons for one slate decision</extracomment>
            <translation>; </translation>
        </message>
        <message>
            <source>Keep this applicant on the slate (Ctrl+P)</source>
            <translation>Закрепить этого кандидата в списке (Ctrl+P)</translation>
        </message>
        <message>
            <source>Keep this applicant off the slate (Ctrl+E)</source>
            <translation>Исключить этого кандидата из списка (Ctrl+E)</translation>
        </message>
        <message>
            <source>Pin</source>
            <extracomment>Column header: the applicant is kept on the slate by hand</extracomment>
            <translation>Закрепить</translation>
        </message>
        <message>
            <source>Exclude</source>
            <extracomment>Column header: the applicant is kept off the slate by hand</extracomment>
            <translation>Исключить</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>Column header: the State the applicant represents</extracomment>
            <translation>Государство</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Cost (USD)</source>
            <extracomment>Column header: the estimated cost of sponsoring the delegate, in US dollars</extracomment>
            <translation>Стоимость (USD)</translation>
        </message>
        <message>
            <source>Why on the slate</source>
            <translation>Почему в списке</translation>
        </message>
        <message>
            <source>What would have to change</source>
            <translation>Что должно измениться</translation>
        </message>
        <message>
            <source>Fails %1</source>
            <extracomment>Table cell: the ¶21 criteria the application fails, such as "¶21(c)"</extracomment>
            <translation>Не соответствует: %1</translation>
        </message>
        <message>
            <source>To assess: %1</source>
            <extracomment>Table cell: the ¶21 criteria not yet assessed, such as "¶21(d), ¶21(e)"</extracomment>
            <translation>Оценить: %1</translation>
        </message>
        <message>
            <source>Meets ¶21</source>
            <extracomment>Table cell: the application meets all five criteria of ¶21</extracomment>
            <translation>Соответствует ¶21</translation>
        </message>
        <message>
            <source>%1 (set)</source>
            <extracomment>Table cell: a cost the manager set by hand instead of the meeting's norms</extracomment>
            <translation>%1 (задано вручную)</translation>
        </message>
        <message>
            <source>%1 not yet assessed: %2</source>
            <extracomment>Tooltip line: %1 is "¶21(d)", %2 the criterion in words</extracomment>
            <translation>Критерий %1 еще не оценен: %2</translation>
        </message>
        <message>
            <source>Set by hand: %1</source>
            <extracomment>Tooltip of a cost set by hand; %1 is the reason the manager gave</extracomment>
            <translation>Задано вручную: %1</translation>
        </message>
        <message>
            <source>Estimated from the meeting's cost norms</source>
            <translation>Рассчитано по нормам расходов совещания</translation>
        </message>
        <message>
            <source>Priority groups</source>
            <extracomment>Column header: LDC, LLDC or SIDS (¶22)</extracomment>
            <translation>Приоритетные группы</translation>
        </message>
        <message>
            <source>Eligibility (¶21)</source>
            <extracomment>Column header: the screening against the five criteria of ¶21</extracomment>
            <translation>Соответствие требованиям (¶21)</translation>
        </message>
        <message>
            <source>On this computer</source>
            <extracomment>Title of the Settings group whose values belong to this computer, not to the fund file</extracomment>
            <translation>На этом компьютере</translation>
        </message>
        <message>
            <source>Automatic &amp;backups to keep:</source>
            <extracomment>Form label: how many automatic backups of the fund are kept</extracomment>
            <translation>Число хранимых автоматических &amp;резервных копий:</translation>
        </message>
        <message>
            <source>Automatic backups to keep</source>
            <translation>Число хранимых автоматических резервных копий</translation>
        </message>
        <message>
            <source>FundDesk backs up the fund when it closes and keeps this many copies; the oldest is removed first.</source>
            <translation>При закрытии FundDesk создает резервную копию фонда и хранит указанное число копий; первой удаляется самая старая.</translation>
        </message>
        <message>
            <source>Backup fol&amp;der:</source>
            <extracomment>Form label: the folder the automatic backups are written to</extracomment>
            <translation>&amp;Папка для резервных копий:</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Папка для резервных копий</translation>
        </message>
        <message>
            <source>Beside the fund's file, once a fund is open</source>
            <extracomment>Shown in the backup folder field when no fund is open</extracomment>
            <translation>Рядом с файлом фонда, когда фонд открыт</translation>
        </message>
        <message>
            <source>Year of the dashboard</source>
            <translation>Год сводки</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <extracomment>tab of the dashboard</extracomment>
            <translation>&amp;Обзор</translation>
        </message>
        <message>
            <source>Fund &amp;size</source>
            <translation>Объем &amp;фонда</translation>
        </message>
        <message>
            <source>S&amp;pending</source>
            <translation>&amp;Расходы</translation>
        </message>
        <message>
            <source>&amp;Contributions</source>
            <translation>&amp;Взносы</translation>
        </message>
        <message>
            <source>&amp;Delegates</source>
            <translation>&amp;Делегаты</translation>
        </message>
        <message>
            <source>&amp;Applications</source>
            <translation>&amp;Заявки</translation>
        </message>
        <message>
            <source>Scenario p&amp;lanner</source>
            <translation>&amp;Планирование сценариев</translation>
        </message>
        <message>
            <source>Dashboard views</source>
            <translation>Разделы сводки</translation>
        </message>
        <message>
            <source>What the money buys, beside the two illustrative scales of ¶20 (small: USD 2 million, 10 delegates twice a year, 1–3 activities; medium: USD 5 million, 20 delegates twice a year, up to 10 activities):</source>
            <translation>Что можно профинансировать на эти средства, в сравнении с двумя иллюстративными масштабами согласно ¶20 (небольшой: 2 млн USD, 10 делегатов дважды в год, 1–3 мероприятия; средний: 5 млн USD, 20 делегатов дважды в год, до 10 мероприятий):</translation>
        </message>
        <message>
            <source>What the money buys</source>
            <translation>Что можно профинансировать</translation>
        </message>
        <message>
            <source>Sponsorships and activities</source>
            <translation>Финансирование участия и мероприятия</translation>
        </message>
        <message>
            <source>Payments and refunds</source>
            <translation>Платежи и возвраты</translation>
        </message>
        <message>
            <source>Payments only</source>
            <translation>Только платежи</translation>
        </message>
        <message>
            <source>Refunds only</source>
            <translation>Только возвраты</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message numerus="yes">
            <source>%n disbursement(s) shown · net %1</source>
            <extracomment>Under the disbursements table: %1 is the net USD of the shown rows</extracomment>
            <translation>
                <numerusform>Показана %n выплата · чистая сумма %1</numerusform>
                <numerusform>Показано %n выплаты · чистая сумма %1</numerusform>
                <numerusform>Показано %n выплат · чистая сумма %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Closed years: none</source>
            <translation>Закрытые годы: нет</translation>
        </message>
        <message>
            <source>Closed years: %1</source>
            <translation>Закрытые годы: %1</translation>
        </message>
        <message>
            <source>disbursement %1</source>
            <extracomment>names a disbursement in the History window's title: %1 its number</extracomment>
            <translation>выплата %1</translation>
        </message>
        <message>
            <source>Record &amp;payment…</source>
            <translation>Зарегистрировать &amp;платеж…</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Зарегистрировать платеж</translation>
        </message>
        <message>
            <source>Record a payment against an approved or active sponsorship or activity.</source>
            <translation>Зарегистрировать платеж по утвержденному или выполняемому финансированию участия или мероприятию.</translation>
        </message>
        <message>
            <source>Re&amp;fund…</source>
            <translation>&amp;Возврат…</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Возврат</translation>
        </message>
        <message>
            <source>Record money paid back, with its reason.</source>
            <translation>Зарегистрировать возвращенные средства с указанием причины.</translation>
        </message>
        <message>
            <source>Hi&amp;story…</source>
            <extracomment>Button: show the earlier states of the selected contribution</extracomment>
            <translation>&amp;История…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>Paymen&amp;ts:</source>
            <translation>Пла&amp;тежи:</translation>
        </message>
        <message>
            <source>Kind of item</source>
            <translation>Вид позиции</translation>
        </message>
        <message>
            <source>Payments or refunds</source>
            <translation>Платежи или возвраты</translation>
        </message>
        <message>
            <source>&amp;Net USD by region and year (rows shown)</source>
            <translation>&amp;Чистая сумма в USD по регионам и годам (показанные строки)</translation>
        </message>
        <message>
            <source>Net USD by region and year</source>
            <translation>Чистая сумма в USD по регионам и годам</translation>
        </message>
        <message>
            <source>&amp;Close year…</source>
            <translation>&amp;Закрыть год…</translation>
        </message>
        <message>
            <source>Close year</source>
            <translation>Закрыть год</translation>
        </message>
        <message>
            <source>Re&amp;open year…</source>
            <translation>Вновь &amp;открыть год…</translation>
        </message>
        <message>
            <source>Reopen year</source>
            <translation>Вновь открыть год</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Выходная папка</translation>
        </message>
        <message>
            <source>The annual report was saved.</source>
            <translation>Годовой отчет сохранен.</translation>
        </message>
        <message>
            <source>Choose the folder to write the public list into.</source>
            <translation>Выберите папку для записи публичного списка.</translation>
        </message>
        <message>
            <source>Published:
%1</source>
            <extracomment>%1 the files written, one per line</extracomment>
            <translation>Опубликовано:
%1</translation>
        </message>
        <message>
            <source>Annual report to donors (¶27)</source>
            <translation>Годовой отчет для доноров (¶27)</translation>
        </message>
        <message>
            <source>Year of the annual report</source>
            <translation>Год, за который составляется годовой отчет</translation>
        </message>
        <message>
            <source>Print preview of the annual report</source>
            <translation>Предварительный просмотр годового отчета</translation>
        </message>
        <message>
            <source>Print the annual report</source>
            <translation>Напечатать годовой отчет</translation>
        </message>
        <message>
            <source>Save the annual report as a PDF file</source>
            <translation>Сохранить годовой отчет в виде файла PDF</translation>
        </message>
        <message>
            <source>Public contributions list (¶17)</source>
            <translation>Публичный список взносов (¶17)</translation>
        </message>
        <message>
            <source>Y&amp;ear:</source>
            <translation>&amp;Год:</translation>
        </message>
        <message>
            <source>Year of the public list</source>
            <translation>Год публичного списка</translation>
        </message>
        <message>
            <source>Output &amp;folder:</source>
            <translation>Выходная &amp;папка:</translation>
        </message>
        <message>
            <source>Where the HTML page and the CSV file for the fund's website are written.</source>
            <translation>Папка, в которую записываются HTML-страница и файл CSV для веб-сайта фонда.</translation>
        </message>
        <message>
            <source>Choose the output folder</source>
            <translation>Выберите выходную папку</translation>
        </message>
        <message>
            <source>Preview &amp;withheld…</source>
            <translation>Просмотр &amp;непубликуемых…</translation>
        </message>
        <message>
            <source>Preview what the public list shows and withholds</source>
            <translation>Просмотреть, что публичный список показывает и что скрывает</translation>
        </message>
        <message>
            <source>P&amp;ublish</source>
            <translation>&amp;Опубликовать</translation>
        </message>
        <message>
            <source>Write the public list</source>
            <translation>Записать публичный список</translation>
        </message>
        <message>
            <source>Pri&amp;nt list…</source>
            <translation>Печать спис&amp;ка…</translation>
        </message>
        <message>
            <source>Print preview of the public list</source>
            <translation>Предварительный просмотр публичного списка</translation>
        </message>
        <message>
            <source>Approval packets (¶18)</source>
            <translation>Пакеты документов для утверждения (¶18)</translation>
        </message>
        <message>
            <source>For the High Representative's signature: one item, or a meeting's whole slate.</source>
            <translation>На подпись Высокому представителю: одна позиция или весь список совещания.</translation>
        </message>
        <message>
            <source>Item pac&amp;ket…</source>
            <translation>Пакет по по&amp;зиции…</translation>
        </message>
        <message>
            <source>Approval packet of one item</source>
            <translation>Пакет документов для утверждения по одной позиции</translation>
        </message>
        <message>
            <source>S&amp;late packet…</source>
            <translation>Пакет по &amp;списку…</translation>
        </message>
        <message>
            <source>Approval packet of a meeting's slate</source>
            <translation>Пакет документов для утверждения списка совещания</translation>
        </message>
        <message>
            <source>Sa&amp;ve scenario</source>
            <extracomment>button of the scenario planner</extracomment>
            <translation>Со&amp;хранить сценарий</translation>
        </message>
        <message>
            <source>Annual funding in US dollars</source>
            <translation>Годовое финансирование в долларах США</translation>
        </message>
        <message>
            <source>Staff costs a year in US dollars</source>
            <translation>Годовые расходы по персоналу в долларах США</translation>
        </message>
        <message>
            <source>Cost per delegate in US dollars</source>
            <translation>Стоимость на одного делегата в долларах США</translation>
        </message>
        <message>
            <source>Average activity cost in US dollars</source>
            <translation>Средняя стоимость мероприятия в долларах США</translation>
        </message>
        <message>
            <source>Staff posts (P and GS) charged to &amp;contributions (¶15)</source>
            <translation>Должности (С и ОО) финансируются за счет &amp;взносов (¶15)</translation>
        </message>
        <message>
            <source>Start from a scenario</source>
            <translation>Исходный сценарий</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>Название сценария</translation>
        </message>
        <message>
            <source>Sessions a year</source>
            <translation>Сессий в год</translation>
        </message>
        <message>
            <source>Delegates per session</source>
            <translation>Делегатов на сессию</translation>
        </message>
        <message>
            <source>What the scenario carries</source>
            <translation>Что обеспечивает сценарий</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>Сравнение сценариев</translation>
        </message>
        <message>
            <source>&amp;Start from:</source>
            <translation>&amp;Исходный сценарий:</translation>
        </message>
        <message>
            <source>Annual &amp;funding (USD):</source>
            <translation>Годовое &amp;финансирование (USD):</translation>
        </message>
        <message>
            <source>Staff costs a &amp;year (USD):</source>
            <translation>Годовые расходы по &amp;персоналу (USD):</translation>
        </message>
        <message>
            <source>S&amp;essions a year:</source>
            <translation>&amp;Сессий в год:</translation>
        </message>
        <message>
            <source>&amp;Delegates per session:</source>
            <translation>&amp;Делегатов на сессию:</translation>
        </message>
        <message>
            <source>Cost per de&amp;legate (USD):</source>
            <translation>Стоимость на одного де&amp;легата (USD):</translation>
        </message>
        <message>
            <source>Average &amp;activity cost (USD):</source>
            <translation>Средняя стоимость &amp;мероприятия (USD):</translation>
        </message>
        <message>
            <source>Scenarios side by side (¶20 and saved):</source>
            <translation>Сравнение сценариев (¶20 и сохраненные):</translation>
        </message>
        <message>
            <source>Figures</source>
            <extracomment>Heading of the figures beside the proposed slate</extracomment>
            <translation>Показатели</translation>
        </message>
        <message>
            <source>Propose a slate to see its figures.</source>
            <translation>Предложите список, чтобы увидеть его показатели.</translation>
        </message>
        <message>
            <source>No application for this meeting is in the running yet: submitted applications that meet ¶21 can be proposed.</source>
            <translation>Для этого совещания пока нет заявок, участвующих в отборе: предложить можно поданные заявки, отвечающие требованиям ¶21.</translation>
        </message>
        <message>
            <source>Sc&amp;enario:</source>
            <extracomment>Label of the ¶20 scenario combo of the slate builder</extracomment>
            <translation>&amp;Сценарий:</translation>
        </message>
        <message numerus="yes">
            <source>Small scale (¶20): %n delegate(s)</source>
            <extracomment>¶20 scenario: USD 2 million a year, 10 sponsored delegates per session</extracomment>
            <translation>
                <numerusform>Небольшой масштаб (¶20): %n делегат</numerusform>
                <numerusform>Небольшой масштаб (¶20): %n делегата</numerusform>
                <numerusform>Небольшой масштаб (¶20): %n делегатов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Medium scale (¶20): %n delegate(s)</source>
            <extracomment>¶20 scenario: USD 5 million a year, 20 sponsored delegates per session</extracomment>
            <translation>
                <numerusform>Средний масштаб (¶20): %n делегат</numerusform>
                <numerusform>Средний масштаб (¶20): %n делегата</numerusform>
                <numerusform>Средний масштаб (¶20): %n делегатов</numerusform>
            </translation>
        </message>
        <message>
            <source>Other number of seats</source>
            <extracomment>Scenario combo: a seat count of the person's own choosing</extracomment>
            <translation>Другое число мест</translation>
        </message>
        <message>
            <source>&amp;Seats:</source>
            <translation>Число &amp;мест:</translation>
        </message>
        <message>
            <source>&amp;Budget (USD):</source>
            <extracomment>Label of the optional budget of the slate, in USD</extracomment>
            <translation>&amp;Бюджет (USD):</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Без ограничения</translation>
        </message>
        <message>
            <source>&amp;Propose</source>
            <translation>&amp;Предложить</translation>
        </message>
        <message>
            <source>Propose the slate for the seats and budget (Alt+P)</source>
            <translation>Предложить список с учетом числа мест и бюджета (Alt+П)</translation>
        </message>
        <message>
            <source>C&amp;lear Pins</source>
            <extracomment>Button: forget every pin and exclusion and propose again</extracomment>
            <translation>Сбросить &amp;закрепления</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Сценарий</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Число мест</translation>
        </message>
        <message>
            <source>Budget in USD</source>
            <translation>Бюджет в USD</translation>
        </message>
        <message>
            <source>Proposing the slate</source>
            <translation>Формирование списка</translation>
        </message>
        <message numerus="yes">
            <source>Proposed slate (%n delegate(s))</source>
            <extracomment>Heading of the list of proposed delegates</extracomment>
            <translation>
                <numerusform>Предлагаемый список (%n делегат)</numerusform>
                <numerusform>Предлагаемый список (%n делегата)</numerusform>
                <numerusform>Предлагаемый список (%n делегатов)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out (%n applicant(s))</source>
            <extracomment>Heading of the list of applicants not on the slate</extracomment>
            <translation>
                <numerusform>Не включены (%n кандидат)</numerusform>
                <numerusform>Не включены (%n кандидата)</numerusform>
                <numerusform>Не включены (%n кандидатов)</numerusform>
            </translation>
        </message>
        <message>
            <source>Proposed slate</source>
            <translation>Предлагаемый список</translation>
        </message>
        <message>
            <source>Ctrl+P pins or unpins the current applicant, Ctrl+E excludes or includes them</source>
            <translation>Ctrl+P закрепляет или открепляет текущего кандидата, Ctrl+E исключает или включает его</translation>
        </message>
        <message>
            <source>Applicants left out</source>
            <translation>Кандидаты, не включенные в список</translation>
        </message>
        <message>
            <source>Pin to the Slate</source>
            <extracomment>Context menu of the slate lists; Ctrl+P</extracomment>
            <translation>Закрепить в списке</translation>
        </message>
        <message>
            <source>Exclude from the Slate</source>
            <extracomment>Context menu of the slate lists; Ctrl+E</extracomment>
            <translation>Исключить из списка</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Регион:</translation>
        </message>
        <message>
            <source>&amp;Priority group:</source>
            <extracomment>Filter above the sponsorship applications: LDC, LLDC or SIDS (¶22)</extracomment>
            <translation>&amp;Приоритетная группа:</translation>
        </message>
        <message>
            <source>All genders</source>
            <translation>Любой пол</translation>
        </message>
        <message>
            <source>Any priority group</source>
            <translation>Любая приоритетная группа</translation>
        </message>
        <message>
            <source>Filter by gender</source>
            <translation>Фильтр по полу</translation>
        </message>
        <message>
            <source>Filter by priority group</source>
            <translation>Фильтр по приоритетной группе</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2 to %3 · %n formal meeting day(s)</source>
            <extracomment>Under the meeting selector: %1 city, %2 and %3 first and last day, %4 formal days</extracomment>
            <translation>
                <numerusform>%1, с %2 по %3 · %n день официальных заседаний</numerusform>
                <numerusform>%1, с %2 по %3 · %n дня официальных заседаний</numerusform>
                <numerusform>%1, с %2 по %3 · %n дней официальных заседаний</numerusform>
            </translation>
        </message>
        <message>
            <source>No meeting yet: create one with New Meeting to record applications.</source>
            <translation>Совещаний пока нет: чтобы регистрировать заявки, создайте совещание с помощью команды «Новое совещание».</translation>
        </message>
        <message>
            <source>Edit Meeting</source>
            <translation>Изменить совещание</translation>
        </message>
        <message>
            <source>Sponsorship of representatives and experts</source>
            <extracomment>Accessible name of the Sponsorships page</extracomment>
            <translation>Финансирование участия представителей и экспертов</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Совещание</translation>
        </message>
        <message>
            <source>&amp;New Meeting…</source>
            <translation>&amp;Новое совещание…</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Новое совещание</translation>
        </message>
        <message>
            <source>Edit Meet&amp;ing…</source>
            <translation>&amp;Изменить совещание…</translation>
        </message>
        <message>
            <source>Edit meeting</source>
            <translation>Изменить совещание</translation>
        </message>
        <message>
            <source>Edit the meeting's dates and cost norms</source>
            <translation>Изменить сроки и нормы расходов совещания</translation>
        </message>
        <message>
            <source>Appli&amp;cations</source>
            <extracomment>Tab of the Sponsorships page: the table of applications</extracomment>
            <translation>&amp;Заявки</translation>
        </message>
        <message>
            <source>Slate B&amp;uilder</source>
            <extracomment>Tab of the Sponsorships page: propose the slate of sponsored delegates</extracomment>
            <translation>&amp;Формирование списка</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s) shown · cost %1</source>
            <extracomment>Under the sponsorships table: %1 is the total cost such as USD 12,000.00</extracomment>
            <translation>
                <numerusform>Показана %n заявка · стоимость %1</numerusform>
                <numerusform>Показано %n заявки · стоимость %1</numerusform>
                <numerusform>Показано %n заявок · стоимость %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n woman/women</source>
            <extracomment>Under the sponsorships table: how many of the shown applicants are women</extracomment>
            <translation>
                <numerusform>%n женщина</numerusform>
                <numerusform>%n женщины</numerusform>
                <numerusform>%n женщин</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meet(s) ¶21</source>
            <extracomment>Under the sponsorships table: how many shown applications meet all of ¶21</extracomment>
            <translation>
                <numerusform>%n соответствует ¶21</numerusform>
                <numerusform>%n соответствуют ¶21</numerusform>
                <numerusform>%n соответствуют ¶21</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit Sponsorship Application</source>
            <translation>Изменить заявку на финансирование участия</translation>
        </message>
        <message>
            <source>Delete the sponsorship application of %1 (%2)?</source>
            <extracomment>%1 is the applicant's name, %2 the State</extracomment>
            <translation>Удалить заявку кандидата %1 (%2) на финансирование участия?</translation>
        </message>
        <message>
            <source>Delete Sponsorship Application</source>
            <translation>Удалить заявку на финансирование участия</translation>
        </message>
        <message>
            <source>Sponsorship applications</source>
            <extracomment>Heading of the table of sponsorship applications for the chosen meeting</extracomment>
            <translation>Заявки на финансирование участия</translation>
        </message>
        <message>
            <source>Filter by name, State, ministry, title…</source>
            <extracomment>Placeholder of the filter box above the sponsorships table</extracomment>
            <translation>Фильтр по имени, государству, министерству, должности…</translation>
        </message>
        <message>
            <source>Add sponsorship application</source>
            <translation>Добавить заявку на финансирование участия</translation>
        </message>
        <message>
            <source>Edit sponsorship application</source>
            <translation>Изменить заявку на финансирование участия</translation>
        </message>
        <message>
            <source>Delete sponsorship application</source>
            <translation>Удалить заявку на финансирование участия</translation>
        </message>
        <message>
            <source>Export the table to CSV</source>
            <extracomment>Title of the file dialog of "Export CSV…" under a table</extracomment>
            <translation>Экспорт таблицы в CSV</translation>
        </message>
        <message>
            <source>Export failed</source>
            <extracomment>Title of the message when a table could not be exported</extracomment>
            <translation>Ошибка экспорта</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <extracomment>Button under a table: save the rows shown (filtered, sorted) as a CSV file</extracomment>
            <translation>&amp;Экспорт в CSV…</translation>
        </message>
        <message>
            <source>Save the rows shown, as filtered and sorted, to a CSV file (Ctrl+Shift+E)</source>
            <translation>Сохранить показанные строки с учетом фильтрации и сортировки в файл CSV (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <source>Exports the visible rows of %1 to CSV</source>
            <extracomment>Accessible description of the Export CSV button; %1 is the table's title</extracomment>
            <translation>Экспортирует видимые строки таблицы «%1» в CSV</translation>
        </message>
        <message>
            <source>(empty)</source>
            <extracomment>an empty value in the history of a record</extracomment>
            <translation>(пусто)</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <extracomment>one changed field in a record's history: %1 the field, %2 old, %3 new value</extracomment>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>Created</source>
            <extracomment>what happened to a record, in its history</extracomment>
            <translation>Создано</translation>
        </message>
        <message>
            <source>Deleted</source>
            <extracomment>what happened to a record, in its history</extracomment>
            <translation>Удалено</translation>
        </message>
        <message>
            <source>History of %1</source>
            <extracomment>window title: %1 names the record, such as an activity's reference</extracomment>
            <translation>История: %1</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <extracomment>a status move in an application's history: %1 the old, %2 the new status</extracomment>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>(no profile)</source>
            <translation>(без профиля)</translation>
        </message>
        <message>
            <source>&amp;Status changes</source>
            <translation>&amp;Изменения статуса</translation>
        </message>
        <message>
            <source>&amp;Changes to the record</source>
            <translation>Изменения &amp;записи</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Old → new values</source>
            <translation>Прежние → новые значения</translation>
        </message>
        <message>
            <source>Status changes</source>
            <translation>Изменения статуса</translation>
        </message>
        <message>
            <source>Each move of the application, with who made it, when and the note.</source>
            <translation>Каждый переход заявки с указанием того, кто и когда его выполнил, и примечания.</translation>
        </message>
        <message>
            <source>Changes to the record</source>
            <translation>Изменения записи</translation>
        </message>
        <message>
            <source>Each entry of the audit trail about this record, with the old and new values.</source>
            <translation>Все записи журнала аудита, относящиеся к этой записи, с прежними и новыми значениями.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Профиль</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>a profile in the Profile menu: %1 the name, %2 the role</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;New profile…</source>
            <translation>&amp;Новый профиль…</translation>
        </message>
        <message>
            <source>Profile: %1 (%2)</source>
            <extracomment>the status bar's profile button: %1 the person's name, %2 the role</extracomment>
            <translation>Профиль: %1 (%2)</translation>
        </message>
        <message>
            <source>Profile: choose yours</source>
            <translation>Профиль: выберите свой</translation>
        </message>
        <message>
            <source>Who is working on this laptop: the name recorded with every change, and the role that decides what you may approve.</source>
            <translation>Кто работает на этом ноутбуке: имя, регистрируемое при каждом изменении, и роль, определяющая, что вы можете утверждать.</translation>
        </message>
        <message>
            <source>Wor&amp;kflow…</source>
            <translation>Рабочий &amp;процесс…</translation>
        </message>
        <message>
            <source>Move the selected application to its next status, or amend its amount.</source>
            <translation>Перевести выбранную заявку в следующий статус или изменить ее сумму.</translation>
        </message>
        <message>
            <source>Histor&amp;y…</source>
            <translation>&amp;История…</translation>
        </message>
        <message>
            <source>The status changes and the audit trail of the selected application.</source>
            <translation>Изменения статуса и журнал аудита выбранной заявки.</translation>
        </message>
        <message>
            <source>P&amp;acket…</source>
            <extracomment>opens the approval packet (PDF) of the selected application</extracomment>
            <translation>П&amp;акет…</translation>
        </message>
        <message>
            <source>Preview, print or save the approval packet of the selected application.</source>
            <translation>Просмотреть, напечатать или сохранить пакет документов для утверждения по выбранной заявке.</translation>
        </message>
        <message>
            <source>Slate p&amp;acket…</source>
            <extracomment>Button: preview, print or save the approval packet of the meeting's whole slate</extracomment>
            <translation>Пакет по спи&amp;ску…</translation>
        </message>
        <message>
            <source>Slate approval packet</source>
            <translation>Пакет документов для утверждения списка</translation>
        </message>
        <message>
            <source>Preview, print or save the approval packet of this meeting's slate.</source>
            <translation>Просмотреть, напечатать или сохранить пакет документов для утверждения списка этого заседания.</translation>
        </message>
        <message>
            <source>Show the &amp;records of</source>
            <extracomment>Context menu of a dashboard chart: a submenu listing the bars (regions, groups)</extracomment>
            <translation>Показать &amp;записи по</translation>
        </message>
        <message>
            <source>Opening “%1” was cancelled; the file was not changed.</source>
            <extracomment>Status bar message; %1 is the file name of the fund</extracomment>
            <translation>Открытие «%1» отменено; файл не изменен.</translation>
        </message>
        <message>
            <source>The fund's audit trail has been altered, first at entry %1: %2 Keep this file for investigation and work from a backup.</source>
            <extracomment>%1 is the number of the first broken entry, %2 what is wrong with it</extracomment>
            <translation>Журнал аудита фонда был изменен начиная с записи %1: %2 Сохраните этот файл для расследования и продолжайте работу с резервной копией.</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Журнал аудита</translation>
        </message>
        <message>
            <source>You can open the fund read-only: everything can be seen and printed, nothing can be changed.</source>
            <translation>Вы можете открыть фонд только для чтения: все данные можно будет просматривать и печатать, но ничего нельзя будет изменить.</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Открыть только для &amp;чтения</translation>
        </message>
        <message>
            <source>Open the fund read-only</source>
            <translation>Открыть фонд только для чтения</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <extracomment>Button under the activities table; Insert key when the table has focus
----------
Button under the sponsorships table; Insert key when the table has focus</extracomment>
            <translation>&amp;Добавить…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <extracomment>Button under the contributions table; Enter or double-click when the table has focus</extracomment>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <extracomment>Button under the contributions table; Delete key when the table has focus</extracomment>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>&amp;Score…</source>
            <extracomment>Button: declare a conflict of interest or score the selected application</extracomment>
            <translation>&amp;Оценить…</translation>
        </message>
        <message>
            <source>Co&amp;nsultation…</source>
            <extracomment>Button: record a consultation of the governance structure (¶18)</extracomment>
            <translation>&amp;Консультация…</translation>
        </message>
        <message>
            <source>Export Sc&amp;ores…</source>
            <extracomment>Button: save the per-criterion review scores as a CSV file</extracomment>
            <translation>Экспорт &amp;баллов…</translation>
        </message>
        <message>
            <source>Add &amp;Contribution…</source>
            <extracomment>Button under the contributions table; Insert key when the table has focus</extracomment>
            <translation>Добавить &amp;взнос…</translation>
        </message>
        <message>
            <source>Add D&amp;onor…</source>
            <extracomment>Button under the donors table; Insert key when the table has focus</extracomment>
            <translation>Добавить &amp;донора…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <extracomment>Button under the donors table; Enter or double-click when the table has focus</extracomment>
            <translation>Из&amp;менить…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <extracomment>Button under the donors table; Delete key when the table has focus</extracomment>
            <translation>Уд&amp;алить</translation>
        </message>
        <message>
            <source>Dele&amp;te scenario…</source>
            <extracomment>button of the scenario planner: deletes the saved scenario chosen in "Start from"</extracomment>
            <translation>Уда&amp;лить сценарий…</translation>
        </message>
        <message>
            <source>Delete the saved scenario chosen in Start from</source>
            <translation>Удалить сохраненный сценарий, выбранный в поле «Исходный сценарий»</translation>
        </message>
        <message>
            <source>Deletes the scenario chosen in “Start from”. The two ¶20 scenarios are built in and cannot be deleted.</source>
            <translation>Удаляет сценарий, выбранный в поле «Исходный сценарий». Два сценария ¶20 являются встроенными, и их нельзя удалить.</translation>
        </message>
        <message>
            <source>The ¶20 scenarios are built in and cannot be deleted. Choose a scenario you saved in “Start from”.</source>
            <translation>Сценарии ¶20 являются встроенными, и их нельзя удалить. Выберите в поле «Исходный сценарий» сценарий, который вы сохранили.</translation>
        </message>
        <message>
            <source>Delete Scenario</source>
            <extracomment>%1 is the name of a saved scenario</extracomment>
            <translation>Удалить сценарий</translation>
        </message>
        <message>
            <source>Delete the saved scenario “%1”? This cannot be undone.</source>
            <translation>Удалить сохраненный сценарий «%1»? Это действие нельзя отменить.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln delegate seat(s)</source>
            <extracomment>part of the planner's result: delegate seats a year</extracomment>
            <translation>
                <numerusform>%Ln место для делегатов</numerusform>
                <numerusform>%Ln места для делегатов</numerusform>
                <numerusform>%Ln мест для делегатов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity(ies)</source>
            <extracomment>part of the planner's result: activities a year</extracomment>
            <translation>
                <numerusform>%Ln мероприятие</numerusform>
                <numerusform>%Ln мероприятия</numerusform>
                <numerusform>%Ln мероприятий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <extracomment>part of the planner's result: months of operation the funding covers</extracomment>
            <translation>
                <numerusform>%Ln месяц</numerusform>
                <numerusform>%Ln месяца</numerusform>
                <numerusform>%Ln месяцев</numerusform>
            </translation>
        </message>
        <message>
            <source>Carries %1 and %2 a year; the funding covers %3 at this rate; %4 left unallocated.</source>
            <extracomment>result of the scenario planner; %1 the delegate seats ("20 delegate seats"), %2 the activities ("2 activities"), %3 the months ("14 months"), %4 an amount left over</extracomment>
            <translation>Обеспечивает в год %1 и %2; при таком уровне расходов финансирования хватает на %3; не распределено: %4.</translation>
        </message>
        <message>
            <source>Opening “%1”…</source>
            <extracomment>Banner while a fund opens; %1 is the file name</extracomment>
            <translation>Открытие «%1»…</translation>
        </message>
        <message>
            <source>Checking the file for damage…</source>
            <translation>Проверка файла на наличие повреждений…</translation>
        </message>
        <message>
            <source>Verifying the audit trail, entry by entry…</source>
            <translation>Проверка журнала аудита, запись за записью…</translation>
        </message>
        <message>
            <source>Preparing the fund's data…</source>
            <translation>Подготовка данных фонда…</translation>
        </message>
        <message>
            <source>Cancel opening the fund</source>
            <translation>Отменить открытие фонда</translation>
        </message>
        <message>
            <source>Fund being opened</source>
            <extracomment>Accessible name of the banner label naming the fund being opened</extracomment>
            <translation>Открываемый фонд</translation>
        </message>
        <message>
            <source>Current step</source>
            <extracomment>Accessible name of the banner label saying what opening the fund is doing now</extracomment>
            <translation>Текущий этап</translation>
        </message>
        <message>
            <source>Progress of opening the fund</source>
            <translation>Ход открытия фонда</translation>
        </message>
        <message>
            <source>Opening a fund</source>
            <translation>Открытие фонда</translation>
        </message>
        <message>
            <source>Loading the donors was cancelled.</source>
            <extracomment>Not normally shown: the user cancelled loading a table</extracomment>
            <translation>Загрузка доноров отменена.</translation>
        </message>
        <message>
            <source>Score Activity Application</source>
            <extracomment>Title of the message when the application to score can no longer be read</extracomment>
            <translation>Оценка заявки на мероприятие</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <extracomment>Shown in a progress dialog after Cancel, until the work has stopped</extracomment>
            <translation>Остановка…</translation>
        </message>
        <message>
            <source>Loading was cancelled: the table may be out of date.</source>
            <extracomment>Above a table whose background loading the user cancelled</extracomment>
            <translation>Загрузка отменена: таблица может быть неактуальной.</translation>
        </message>
        <message>
            <source>&amp;Load again</source>
            <extracomment>Button that reads a table's rows again after a cancelled load</extracomment>
            <translation>&amp;Загрузить снова</translation>
        </message>
        <message>
            <source>Loading the rows from the fund…</source>
            <extracomment>Above a table while its rows are read from the fund in the background</extracomment>
            <translation>Загрузка строк из фонда…</translation>
        </message>
        <message>
            <source>Cancel loading</source>
            <extracomment>Stops reading a table's rows in the background (also Esc)</extracomment>
            <translation>Отменить загрузку</translation>
        </message>
    </context>
    <context>
        <name>Tr</name>
        <message>
            <source>no item has the reference “%1”. Give an activity's reference (CB-2026-014), or activity:N or sponsorship:N with the item's number.</source>
            <translation>нет позиции с номером «%1». Укажите номер мероприятия (CB-2026-014) или activity:N либо sponsorship:N с номером позиции.</translation>
        </message>
        <message>
            <source>The chart could not be saved to “%1”. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>Не удалось сохранить диаграмму в «%1». Проверьте, существует ли папка и есть ли у вас право записи в нее.</translation>
        </message>
    </context>
</TS>
