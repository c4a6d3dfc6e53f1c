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
            <extracomment>placeholder for a file path in command-line help</extracomment>
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
            <source>funddesk status: --year takes a year such as %1, not “%2”.</source>
            <translation>funddesk status: --year принимает год, например %1, а не «%2».</translation>
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
            <source>Welcome to FundDesk</source>
            <translation>Добро пожаловать в FundDesk</translation>
        </message>
        <message>
            <source>There is no fund at “%1” yet.</source>
            <translation>По адресу «%1» фонда пока нет.</translation>
        </message>
        <message>
            <source>Start an empty fund for your own records, or explore a demo fund with realistic records first.</source>
            <translation>Создайте пустой фонд для собственных записей или сначала ознакомьтесь с демонстрационным фондом с реалистичными записями.</translation>
        </message>
        <message>
            <source>Explore the &amp;demo fund</source>
            <translation>Открыть &amp;демонстрационный фонд</translation>
        </message>
        <message>
            <source>Start an &amp;empty fund</source>
            <translation>Создать &amp;пустой фонд</translation>
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
        <message numerus="yes">
            <source> (%n written since the last seal, sealed by the next change)</source>
            <extracomment>follows "audit trail intact: N entries"</extracomment>
            <translation>
                <numerusform> (%n внесена после последнего опечатывания, будет опечатана при следующем изменении)</numerusform>
                <numerusform> (%n внесены после последнего опечатывания, будут опечатаны при следующем изменении)</numerusform>
                <numerusform> (%n внесено после последнего опечатывания, будут опечатаны при следующем изменении)</numerusform>
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
            <source>Audit trail</source>
            <translation>Журнал аудита</translation>
        </message>
        <message>
            <source>The fund's audit trail has been altered: %1 Keep this file for investigation and work from a backup.</source>
            <translation>Журнал аудита фонда был изменен: %1 Сохраните этот файл для расследования и продолжайте работу с резервной копией.</translation>
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
            <extracomment>column of the exported review scores: %1 is a letter of ¶25, %2 the criterion</extracomment>
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
            <source>Fund “%1”: %2 donors, %3 contributions, %4 activity applications with %5 reviews, %6 consultations, %7 meetings with %8 sponsorship applications, %9 reference States.</source>
            <translation>Фонд «%1»: доноры — %2, взносы — %3, заявки на проведение мероприятий — %4, оценки — %5, консультации — %6, совещания — %7, заявки на финансирование участия — %8, справочные государства — %9.</translation>
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
Column header: the applicant State (and how many co-applicants)</extracomment>
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
            <extracomment>Column header: when a contribution was changed</extracomment>
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
Column header: the geographic region of the donor's country</extracomment>
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
            <extracomment>Column header: the aggregate review score, 0 to 5</extracomment>
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
            <extracomment>The review summary: %1 scored, %2 recused, %3 pending reviewers</extracomment>
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
            <extracomment>A share of a total: %1 is a number such as 23.5</extracomment>
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
            <source>Add Contribution…</source>
            <extracomment>Button under the contributions table; Insert key when the table has focus</extracomment>
            <translation>Добавить взнос…</translation>
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
            <source>Edit…</source>
            <extracomment>Button under the contributions table; Enter or double-click when the table has focus
----------
Button under the donors table; Enter or double-click when the table has focus</extracomment>
            <translation>Изменить…</translation>
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
            <source>Delete</source>
            <extracomment>Button under the contributions table; Delete key when the table has focus
----------
Button under the donors table; Delete key when the table has focus</extracomment>
            <translation>Удалить</translation>
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
            <source>History…</source>
            <extracomment>Button: show the earlier states of the selected contribution</extracomment>
            <translation>История…</translation>
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
            <source>Add Donor…</source>
            <extracomment>Button under the donors table; Insert key when the table has focus</extracomment>
            <translation>Добавить донора…</translation>
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
            <extracomment>The totals line: %1 the shown applications and amount, %2 those below the floor</extracomment>
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
            <extracomment>File type filter of the save dialog</extracomment>
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
            <source>Add…</source>
            <extracomment>Button under the activities table; Insert key when the table has focus</extracomment>
            <translation>Добавить…</translation>
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
            <source>Score…</source>
            <extracomment>Button: declare a conflict of interest or score the selected application</extracomment>
            <translation>Оценить…</translation>
        </message>
        <message>
            <source>Score activity application</source>
            <translation>Оценить заявку на проведение мероприятия</translation>
        </message>
        <message>
            <source>Consultation…</source>
            <extracomment>Button: record a consultation of the governance structure (¶18)</extracomment>
            <translation>Консультация…</translation>
        </message>
        <message>
            <source>Record governance consultation</source>
            <translation>Зарегистрировать консультацию со структурой управления</translation>
        </message>
        <message>
            <source>Export Scores…</source>
            <extracomment>Button: save the per-criterion review scores as a CSV file</extracomment>
            <translation>Экспорт баллов…</translation>
        </message>
        <message>
            <source>Export review scores</source>
            <translation>Экспортировать баллы оценки</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <extracomment>Filter above the activities table</extracomment>
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
    </context>
</TS>
