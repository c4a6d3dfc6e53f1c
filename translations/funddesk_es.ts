<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>FundDesk::App</name>
        <message>
            <source>Write a consistent copy of a fund, even while it is open.</source>
            <translation>Escribir una copia coherente de un fondo, incluso mientras está abierto.</translation>
        </message>
        <message>
            <source>The backup file to write.</source>
            <translation>El archivo de copia de seguridad que se va a escribir.</translation>
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
            <translation>funddesk backup: indique el archivo que se va a escribir con --output FILE.</translation>
        </message>
        <message>
            <source>funddesk backup: %1</source>
            <translation>funddesk backup: %1</translation>
        </message>
        <message>
            <source>Backed up to %1.</source>
            <translation>Copia de seguridad guardada en %1.</translation>
        </message>
        <message>
            <source>Replace a fund with a backup, after checking the backup. The replaced file is kept beside it.</source>
            <translation>Reemplazar un fondo por una copia de seguridad, tras comprobar la copia. El archivo reemplazado se conserva junto a él.</translation>
        </message>
        <message>
            <source>funddesk restore: name one backup file: funddesk restore FILE.</source>
            <translation>funddesk restore: indique un único archivo de copia de seguridad: funddesk restore FILE.</translation>
        </message>
        <message>
            <source>funddesk restore: %1</source>
            <translation>funddesk restore: %1</translation>
        </message>
        <message>
            <source>Restored %1 from %2.</source>
            <translation>%1 restaurado a partir de %2.</translation>
        </message>
        <message>
            <source>The replaced file was kept as %1.</source>
            <translation>El archivo reemplazado se conservó como %1.</translation>
        </message>
        <message>
            <source>Check a fund's database: integrity and data version.</source>
            <translation>Comprobar la base de datos de un fondo: integridad y versión de los datos.</translation>
        </message>
        <message>
            <source>funddesk check: %1</source>
            <translation>funddesk check: %1</translation>
        </message>
        <message>
            <source>%1: integrity ok; data version %2, upgraded to %3 when FundDesk next opens it.</source>
            <translation>%1: integridad correcta; versión de los datos %2, que se actualizará a %3 la próxima vez que FundDesk lo abra.</translation>
        </message>
        <message>
            <source>%1: integrity ok; data version %2 (current).</source>
            <translation>%1: integridad correcta; versión de los datos %2 (actual).</translation>
        </message>
        <message>
            <source>FundDesk %1 — the fund manager's desktop for the UN Voluntary Fund for ICT-security capacity building.</source>
            <translation>FundDesk %1: la aplicación de escritorio del administrador del Fondo de Contribuciones Voluntarias de las Naciones Unidas para la Creación de Capacidad en Seguridad de las TIC.</translation>
        </message>
        <message>
            <source>Usage:</source>
            <translation>Uso:</translation>
        </message>
        <message>
            <source>PATH</source>
            <extracomment>placeholder for a file path in command-line help</extracomment>
            <translation>PATH</translation>
        </message>
        <message>
            <source>open the window</source>
            <translation>abrir la ventana</translation>
        </message>
        <message>
            <source>&lt;command&gt; [options]</source>
            <translation>&lt;command&gt; [options]</translation>
        </message>
        <message>
            <source>work headless; “funddesk &lt;command&gt; --help” lists the options</source>
            <translation>trabajar sin interfaz gráfica; “funddesk &lt;command&gt; --help” muestra las opciones</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Comandos:</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Mostrar esta ayuda.</translation>
        </message>
        <message>
            <source>Show the version of FundDesk.</source>
            <translation>Mostrar la versión de FundDesk.</translation>
        </message>
        <message>
            <source>funddesk: unknown command “%1”. Run “funddesk --help” for the list of commands.</source>
            <translation>funddesk: comando desconocido “%1”. Ejecute “funddesk --help” para ver la lista de comandos.</translation>
        </message>
        <message>
            <source>The fund's database file (default: %1).</source>
            <translation>El archivo de base de datos del fondo (predeterminado: %1).</translation>
        </message>
        <message>
            <source>funddesk %1: %2</source>
            <extracomment>%1 is the command ("contribution add"), %2 what is wrong with the call</extracomment>
            <translation>funddesk %1: %2</translation>
        </message>
        <message>
            <source>Run “funddesk %1 --help” for the options.</source>
            <translation>Ejecute “funddesk %1 --help” para ver las opciones.</translation>
        </message>
        <message>
            <source>Print the fund's balance and operational status for a year.</source>
            <translation>Mostrar el saldo del fondo y su situación operativa en un año.</translation>
        </message>
        <message>
            <source>Replace a fund with a checked backup, keeping the replaced file.</source>
            <translation>Reemplazar un fondo por una copia de seguridad comprobada, conservando el archivo reemplazado.</translation>
        </message>
        <message>
            <source>Create a realistic demo fund to explore FundDesk.</source>
            <translation>Crear un fondo de demostración realista para explorar FundDesk.</translation>
        </message>
        <message>
            <source>Seed of the generator: the same seed gives the same fund.</source>
            <translation>Semilla del generador: la misma semilla produce el mismo fondo.</translation>
        </message>
        <message>
            <source>N</source>
            <extracomment>placeholder for a number in command-line help</extracomment>
            <translation>N</translation>
        </message>
        <message>
            <source>funddesk demo: --seed takes a whole number from 0 to %1, not “%2”.</source>
            <translation>funddesk demo: --seed admite un número entero de 0 a %1, no “%2”.</translation>
        </message>
        <message>
            <source>funddesk demo: “%1” already exists. Give a new file with --database PATH; an existing fund is never overwritten.</source>
            <translation>funddesk demo: “%1” ya existe. Indique un archivo nuevo con --database PATH; nunca se sobrescribe un fondo existente.</translation>
        </message>
        <message>
            <source>funddesk demo: %1</source>
            <translation>funddesk demo: %1</translation>
        </message>
        <message>
            <source>Demo fund created in %1.</source>
            <translation>Fondo de demostración creado en %1.</translation>
        </message>
        <message>
            <source>Received in %1</source>
            <translation>Recibido en %1</translation>
        </message>
        <message>
            <source>Received, all years</source>
            <translation>Recibido, todos los años</translation>
        </message>
        <message>
            <source>Pledged, outstanding</source>
            <translation>Prometido, pendiente</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>Comprometido</translation>
        </message>
        <message>
            <source>Disbursed</source>
            <translation>Desembolsado</translation>
        </message>
        <message>
            <source>Staff costs (P and GS posts)</source>
            <translation>Gastos de personal (puestos P y SG)</translation>
        </message>
        <message>
            <source>Staff costs (regular budget)</source>
            <translation>Gastos de personal (presupuesto ordinario)</translation>
        </message>
        <message>
            <source>Available for programmes</source>
            <translation>Disponible para programas</translation>
        </message>
        <message>
            <source>The year (default: this year).</source>
            <translation>El año (predeterminado: el año en curso).</translation>
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
            <translation>Situación al 31 de diciembre de %1</translation>
        </message>
        <message>
            <source>Demo fund</source>
            <translation>Fondo de demostración</translation>
        </message>
        <message>
            <source>Open fund</source>
            <translation>Abrir fondo</translation>
        </message>
        <message>
            <source>New fund</source>
            <translation>Nuevo fondo</translation>
        </message>
        <message>
            <source>FundDesk funds (*.funddesk)</source>
            <translation>Fondos de FundDesk (*.funddesk)</translation>
        </message>
        <message>
            <source>“%1” already exists; a new fund never replaces a file. Choose another name.</source>
            <translation>“%1” ya existe; un fondo nuevo nunca reemplaza un archivo. Elija otro nombre.</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Copia de seguridad</translation>
        </message>
        <message>
            <source>Open a fund first: there is nothing to back up.</source>
            <translation>Abra primero un fondo: no hay nada de lo que hacer una copia de seguridad.</translation>
        </message>
        <message>
            <source>The fund was backed up to “%1”.</source>
            <translation>Se hizo una copia de seguridad del fondo en “%1”.</translation>
        </message>
        <message>
            <source>Verify the fund's hash-chained audit trail and name the first broken entry.</source>
            <translation>Verificar el registro de auditoría del fondo, encadenado mediante hashes, e indicar la primera entrada alterada.</translation>
        </message>
        <message>
            <source>funddesk audit: %1</source>
            <translation>funddesk audit: %1</translation>
        </message>
        <message>
            <source>audit trail broken at entry %1: %2</source>
            <extracomment>%1 is the number of the first broken entry, %2 says what is wrong with it</extracomment>
            <translation>registro de auditoría alterado en la entrada %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>audit trail intact: %n entries</source>
            <translation>
                <numerusform>registro de auditoría íntegro: %n entrada</numerusform>
                <numerusform>registro de auditoría íntegro: %n entradas</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: funddesk audit verify [--database PATH]</source>
            <translation>Uso: funddesk audit verify [--database PATH]</translation>
        </message>
        <message>
            <source>funddesk audit: unknown or missing action “%1”. Usage: funddesk audit verify [--database PATH]</source>
            <translation>funddesk audit: acción desconocida o ausente “%1”. Uso: funddesk audit verify [--database PATH]</translation>
        </message>
        <message>
            <source>Propose the slate of sponsored delegates for a meeting, with its figures and reasons.</source>
            <translation>Proponer la lista de delegados patrocinados para una reunión, con sus cifras y motivos.</translation>
        </message>
        <message>
            <source>Verify the fund's audit trail: “audit verify” names the first broken entry.</source>
            <translation>Verificar el registro de auditoría del fondo: “audit verify” indica la primera entrada alterada.</translation>
        </message>
        <message>
            <source>Propose the slate of sponsored delegates for a meeting, with its figures and the reason for every decision.</source>
            <translation>Proponer la lista de delegados patrocinados para una reunión, con sus cifras y el motivo de cada decisión.</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>no reviewer score, in a table cell</extracomment>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>  %1 (%2, %3) — %4, score %5</source>
            <translation>  %1 (%2, %3) — %4, puntuación %5</translation>
        </message>
        <message>
            <source>The meeting's reference, such as PM-2026-1.</source>
            <translation>La referencia de la reunión, por ejemplo PM-2026-1.</translation>
        </message>
        <message>
            <source>REF</source>
            <extracomment>placeholder for a meeting reference in help</extracomment>
            <translation>REF</translation>
        </message>
        <message>
            <source>Seats to fill, from 1 to %1 (default: %2, the ¶20 small scale).</source>
            <translation>Plazas que se deben cubrir, de 1 a %1 (por defecto: %2, la escala reducida del ¶20).</translation>
        </message>
        <message>
            <source>The most the slate may cost, in USD.</source>
            <translation>El costo máximo de la lista, en USD.</translation>
        </message>
        <message>
            <source>USD</source>
            <extracomment>placeholder for an amount in command-line help</extracomment>
            <translation>USD</translation>
        </message>
        <message>
            <source>funddesk slate: give the meeting with --meeting REF.</source>
            <translation>funddesk slate: indique la reunión con --meeting REF.</translation>
        </message>
        <message>
            <source>funddesk slate: --seats takes a whole number from 1 to %1, not “%2”.</source>
            <translation>funddesk slate: --seats admite un número entero de 1 a %1, no “%2”.</translation>
        </message>
        <message>
            <source>funddesk slate: --budget takes an amount in USD such as 120000 or 95000.50, not “%1”.</source>
            <translation>funddesk slate: --budget admite un importe en USD, por ejemplo 120000 o 95000.50, no “%1”.</translation>
        </message>
        <message>
            <source>funddesk slate: %1</source>
            <translation>funddesk slate: %1</translation>
        </message>
        <message>
            <source>%1 — %2, %3, %4 to %5</source>
            <extracomment>%1 meeting reference, %2 its name, %3 city, %4 and %5 first and last day</extracomment>
            <translation>%1 — %2, %3, del %4 al %5</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Advertencia: %1</translation>
        </message>
        <message>
            <source>Proposed slate</source>
            <translation>Lista propuesta</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Cifras</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>No incluidos</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Replace the fund “%1” with the backup “%2”? The current file is kept beside it.</source>
            <translation>¿Desea reemplazar el fondo “%1” por la copia de seguridad “%2”? El archivo actual se conserva junto a él.</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manual</translation>
        </message>
        <message>
            <source>The user manual was not found next to FundDesk.</source>
            <translation>No se encontró el manual del usuario junto a FundDesk.</translation>
        </message>
        <message>
            <source>Print the dashboard's key figures for a year.</source>
            <translation>Mostrar las cifras clave del panel para un año.</translation>
        </message>
        <message>
            <source>Write the table behind a dashboard chart as CSV.</source>
            <translation>Escribir en CSV la tabla en la que se basa un gráfico del panel.</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt: “contribution add”.</source>
            <translation>Registrar una promesa de contribución o un ingreso: “contribution add”.</translation>
        </message>
        <message>
            <source>Add a donor: “donor add”.</source>
            <translation>Añadir un donante: “donor add”.</translation>
        </message>
        <message>
            <source>Move a sponsorship or an activity to its next status.</source>
            <translation>Pasar un patrocinio o una actividad a su situación siguiente.</translation>
        </message>
        <message>
            <source>Record a payment against an approved item, or a refund.</source>
            <translation>Registrar un pago con cargo a un elemento aprobado, o un reembolso.</translation>
        </message>
        <message>
            <source>Close or reopen a year: “period close”, “period reopen”.</source>
            <translation>Cerrar o reabrir un ejercicio: “period close”, “period reopen”.</translation>
        </message>
        <message>
            <source>Add or list the local profiles: “profile add”, “profile list”.</source>
            <translation>Añadir o enumerar los perfiles locales: “profile add”, “profile list”.</translation>
        </message>
        <message>
            <source>Write an approval packet (PDF) for an item or a meeting's slate.</source>
            <translation>Escribir un expediente de aprobación (PDF) para un elemento o para la lista de una reunión.</translation>
        </message>
        <message>
            <source>Write the annual report to donors (PDF): “report annual”.</source>
            <translation>Escribir el informe anual a los donantes (PDF): “report annual”.</translation>
        </message>
        <message>
            <source>Write the public contributions list of a year (HTML and CSV).</source>
            <translation>Escribir la lista pública de contribuciones de un año (HTML y CSV).</translation>
        </message>
        <message>
            <source>Import donors, contributions or applications from a CSV file, all or nothing.</source>
            <translation>Importar donantes, contribuciones o solicitudes desde un archivo CSV, todo o nada.</translation>
        </message>
        <message>
            <source>Export donors, contributions or applications to a CSV file.</source>
            <translation>Exportar donantes, contribuciones o solicitudes a un archivo CSV.</translation>
        </message>
        <message>
            <source>no donor has the number “%1”.</source>
            <translation>ningún donante tiene el número “%1”.</translation>
        </message>
        <message>
            <source>no donor is named “%1”. Add it with “funddesk donor add”, or give a State's ISO3 code.</source>
            <translation>ningún donante se llama “%1”. Añádalo con “funddesk donor add” o indique el código ISO3 de un Estado.</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt.</source>
            <translation>Registrar una promesa de contribución o un ingreso.</translation>
        </message>
        <message>
            <source>The donor's name, or a State's ISO3 code.</source>
            <extracomment>placeholders in command-line help are in capitals</extracomment>
            <translation>El nombre del donante o el código ISO3 de un Estado.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>The donor's number.</source>
            <translation>El número del donante.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>pledge or receipt.</source>
            <translation>pledge (promesa de contribución) o receipt (ingreso).</translation>
        </message>
        <message>
            <source>TYPE</source>
            <translation>TYPE</translation>
        </message>
        <message>
            <source>The amount in the contribution's currency, such as 123.45.</source>
            <translation>El importe en la moneda de la contribución, por ejemplo 123.45.</translation>
        </message>
        <message>
            <source>AMOUNT</source>
            <extracomment>placeholders in command-line help are in capitals</extracomment>
            <translation>AMOUNT</translation>
        </message>
        <message>
            <source>The ISO 4217 code, such as EUR.</source>
            <translation>El código ISO 4217, por ejemplo EUR.</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <source>USD per unit of the currency on the day (required unless USD).</source>
            <translation>USD por unidad de la moneda en la fecha (obligatorio salvo en USD).</translation>
        </message>
        <message>
            <source>RATE</source>
            <translation>RATE</translation>
        </message>
        <message>
            <source>The date, YYYY-MM-DD.</source>
            <translation>La fecha, en formato YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>The donor's or bank's reference.</source>
            <translation>La referencia del donante o del banco.</translation>
        </message>
        <message>
            <source>The profile recorded in the audit trail (name or number).</source>
            <translation>El perfil que consta en el registro de auditoría (nombre o número).</translation>
        </message>
        <message>
            <source>PROFILE</source>
            <translation>PROFILE</translation>
        </message>
        <message>
            <source>give the donor with --donor NAME or --donor-id ID.</source>
            <translation>indique el donante con --donor NAME o --donor-id ID.</translation>
        </message>
        <message>
            <source>--type takes pledge or receipt, not “%1”.</source>
            <translation>--type admite pledge o receipt, no “%1”.</translation>
        </message>
        <message>
            <source>give the currency with --currency CODE.</source>
            <translation>indique la moneda con --currency CODE.</translation>
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
            <translation>indique el tipo de cambio a USD de %1 en la fecha con --usd-rate RATE.</translation>
        </message>
        <message>
            <source>--date takes a date as YYYY-MM-DD, not “%1”.</source>
            <translation>--date admite una fecha en formato YYYY-MM-DD, no “%1”.</translation>
        </message>
        <message>
            <source>recorded contribution %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>contribución %1 registrada</translation>
        </message>
        <message>
            <source>Usage: funddesk contribution add --donor NAME --type pledge|receipt --amount AMOUNT --currency CODE [--usd-rate RATE] --date DATE [--reference REF] [--database PATH]</source>
            <translation>Uso: funddesk contribution add --donor NAME --type pledge|receipt --amount AMOUNT --currency CODE [--usd-rate RATE] --date DATE [--reference REF] [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; “funddesk contribution add --help” lists the options.</source>
            <translation>acción desconocida o ausente “%1”; “funddesk contribution add --help” muestra las opciones.</translation>
        </message>
        <message>
            <source>funddesk %1: --year takes a year such as %2, not “%3”.</source>
            <extracomment>%1 is the command, %2 an example year, %3 what was typed</extracomment>
            <translation>funddesk %1: --year admite un año, por ejemplo %2, no “%3”.</translation>
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
            <translation>Escribir en CSV la tabla en la que se basa un gráfico del panel.

Gráficos:
%1</translation>
        </message>
        <message>
            <source>The CSV file to write.</source>
            <translation>El archivo CSV que se va a escribir.</translation>
        </message>
        <message>
            <source>FILE.csv</source>
            <extracomment>placeholder for a file name in command-line help</extracomment>
            <translation>FILE.csv</translation>
        </message>
        <message>
            <source>funddesk chart: name one chart, such as spending-by-region. “funddesk chart --help” lists them.</source>
            <translation>funddesk chart: indique un gráfico, por ejemplo spending-by-region. “funddesk chart --help” muestra la lista.</translation>
        </message>
        <message>
            <source>funddesk chart: there is no chart “%1”. These are:
%2</source>
            <extracomment>%1 is what was typed</extracomment>
            <translation>funddesk chart: no existe el gráfico “%1”. Los gráficos disponibles son:
%2</translation>
        </message>
        <message>
            <source>funddesk chart: give the file to write with --output FILE.csv.</source>
            <translation>funddesk chart: indique el archivo que se va a escribir con --output FILE.csv.</translation>
        </message>
        <message>
            <source>funddesk chart: %1</source>
            <translation>funddesk chart: %1</translation>
        </message>
        <message>
            <source>Wrote “%1” to %2.</source>
            <extracomment>%1 is a table's title, %2 a file path</extracomment>
            <translation>Se escribió “%1” en %2.</translation>
        </message>
        <message>
            <source>Size of the fund: 1 is the demo fund; N above 1 is N times the medium scale of the report (¶20) over ten years, for measuring FundDesk at volume.</source>
            <translation>Tamaño del fondo: 1 es el fondo de demostración; un N superior a 1 equivale a N veces la escala media del informe (¶20) durante diez años, para medir el rendimiento de FundDesk con grandes volúmenes de datos.</translation>
        </message>
        <message>
            <source>funddesk demo: --scale takes a whole number from 1 to 1000, not “%1”.</source>
            <translation>funddesk demo: --scale admite un número entero de 1 a 1000, no “%1”.</translation>
        </message>
        <message>
            <source>Record a payment against an approved item, or a refund of one.</source>
            <translation>Registrar un pago con cargo a un elemento aprobado, o un reembolso de un pago.</translation>
        </message>
        <message>
            <source>The activity's reference (CB-2026-014), or activity:N or sponsorship:N.</source>
            <translation>La referencia de la actividad (CB-2026-014), o bien activity:N o sponsorship:N.</translation>
        </message>
        <message>
            <source>The amount paid, such as 1250.00.</source>
            <translation>El importe pagado, por ejemplo 1250.00.</translation>
        </message>
        <message>
            <source>Who was paid.</source>
            <translation>El beneficiario del pago.</translation>
        </message>
        <message>
            <source>The payment's reference.</source>
            <translation>La referencia del pago.</translation>
        </message>
        <message>
            <source>Record a refund of earlier payments.</source>
            <translation>Registrar un reembolso de pagos anteriores.</translation>
        </message>
        <message>
            <source>Why the money was refunded.</source>
            <translation>El motivo del reembolso.</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>The acting profile (name or number).</source>
            <translation>El perfil que actúa (nombre o número).</translation>
        </message>
        <message>
            <source>give the item with --item REF.</source>
            <translation>indique el elemento con --item REF.</translation>
        </message>
        <message>
            <source>give the acting profile with --as PROFILE.</source>
            <translation>indique el perfil que actúa con --as PROFILE.</translation>
        </message>
        <message>
            <source>recorded refund %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>reembolso %1 registrado</translation>
        </message>
        <message>
            <source>recorded disbursement %1</source>
            <translation>desembolso %1 registrado</translation>
        </message>
        <message>
            <source>The file (or, for publish, the folder) to write.</source>
            <translation>El archivo (o, en el caso de publish, la carpeta) que se va a escribir.</translation>
        </message>
        <message>
            <source>The document's language: ar, zh, en, fr, ru or es (default: en).</source>
            <translation>El idioma del documento: ar, zh, en, fr, ru o es (predeterminado: en).</translation>
        </message>
        <message>
            <source>LANG</source>
            <extracomment>placeholder for a language code in command-line help</extracomment>
            <translation>LANG</translation>
        </message>
        <message>
            <source>The paper: a4 or letter (default: a4).</source>
            <translation>El tamaño del papel: a4 o letter (predeterminado: a4).</translation>
        </message>
        <message>
            <source>PAPER</source>
            <extracomment>placeholder for a paper size in help</extracomment>
            <translation>PAPER</translation>
        </message>
        <message>
            <source>funddesk %1: documents need the graphical libraries; run it as “funddesk %1 …”.</source>
            <translation>funddesk %1: los documentos requieren las bibliotecas gráficas; ejecútelo como “funddesk %1 …”.</translation>
        </message>
        <message>
            <source>funddesk %1: say where to write with --output PATH.</source>
            <translation>funddesk %1: indique dónde escribir con --output PATH.</translation>
        </message>
        <message>
            <source>funddesk %1: --lang takes ar, zh, en, fr, ru or es, not “%2”.</source>
            <translation>funddesk %1: --lang admite ar, zh, en, fr, ru o es, no “%2”.</translation>
        </message>
        <message>
            <source>funddesk %1: --paper takes a4 or letter, not “%2”.</source>
            <translation>funddesk %1: --paper admite a4 o letter, no “%2”.</translation>
        </message>
        <message>
            <source>Wrote %1 (record SHA-256 %2).</source>
            <translation>Se escribió %1 (SHA-256 del registro: %2).</translation>
        </message>
        <message>
            <source>Write the approval packet of an item, or of a meeting's slate, as a PDF for the High Representative's signature.</source>
            <translation>Escribir en PDF el expediente de aprobación de un elemento, o de la lista de una reunión, para la firma de la Alta Representante.</translation>
        </message>
        <message>
            <source>The item: an activity's reference or SP-&lt;number&gt;.</source>
            <translation>El elemento: la referencia de una actividad o SP-&lt;número&gt;.</translation>
        </message>
        <message>
            <source>The meeting whose slate to put in one packet.</source>
            <translation>La reunión cuya lista se incluye en un único expediente.</translation>
        </message>
        <message>
            <source>funddesk packet: give either --item REF or --meeting REF.</source>
            <translation>funddesk packet: indique --item REF o bien --meeting REF.</translation>
        </message>
        <message>
            <source>Write a report: “report annual” writes the annual report to donors (¶27) as a PDF.</source>
            <translation>Escribir un informe: “report annual” escribe en PDF el informe anual a los donantes (¶27).</translation>
        </message>
        <message>
            <source>The year reported on.</source>
            <translation>El año sobre el que se informa.</translation>
        </message>
        <message>
            <source>funddesk report: say which report: “funddesk report annual --year YEAR --output FILE.pdf”.</source>
            <translation>funddesk report: indique qué informe: “funddesk report annual --year YEAR --output FILE.pdf”.</translation>
        </message>
        <message>
            <source>Write the public contributions list of a year (¶17) as an HTML page and a CSV file.</source>
            <translation>Escribir la lista pública de contribuciones de un año (¶17) como página HTML y archivo CSV.</translation>
        </message>
        <message>
            <source>The year to publish.</source>
            <translation>El año que se va a publicar.</translation>
        </message>
        <message>
            <source>funddesk publish: %1</source>
            <translation>funddesk publish: %1</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>Se escribió %1.</translation>
        </message>
        <message>
            <source>Add a donor.</source>
            <translation>Añadir un donante.</translation>
        </message>
        <message>
            <source>The donor's name (for a State, the reference name is used).</source>
            <translation>El nombre del donante (en el caso de un Estado, se utiliza el nombre de referencia).</translation>
        </message>
        <message>
            <source>One of: %1.</source>
            <extracomment>%1 lists the kinds</extracomment>
            <translation>Uno de los siguientes: %1.</translation>
        </message>
        <message>
            <source>KIND</source>
            <extracomment>placeholder for a kind of records in help</extracomment>
            <translation>KIND</translation>
        </message>
        <message>
            <source>ISO3 code: the State itself, or the seat of another donor.</source>
            <translation>Código ISO3: el propio Estado o la sede de otro donante.</translation>
        </message>
        <message>
            <source>ISO3</source>
            <translation>ISO3</translation>
        </message>
        <message>
            <source>The UN's due diligence has cleared the donor (¶14).</source>
            <translation>El proceso de diligencia debida de las Naciones Unidas ha aprobado al donante (¶14).</translation>
        </message>
        <message>
            <source>--kind takes one of %1, not “%2”.</source>
            <translation>--kind admite uno de los valores %1, no “%2”.</translation>
        </message>
        <message>
            <source>added donor %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>donante %1 añadido</translation>
        </message>
        <message>
            <source>Usage: funddesk donor add --name NAME --kind KIND [--country ISO3] [--cleared] [--database PATH]</source>
            <translation>Uso: funddesk donor add --name NAME --kind KIND [--country ISO3] [--cleared] [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; “funddesk donor add --help” lists the options.</source>
            <translation>acción desconocida o ausente “%1”; “funddesk donor add --help” muestra las opciones.</translation>
        </message>
        <message>
            <source>Export records to a CSV file that “funddesk import” reads back: KIND --output FILE.csv, KIND one of %1.</source>
            <translation>Exportar registros a un archivo CSV que “funddesk import” puede volver a leer: KIND --output FILE.csv, donde KIND es uno de %1.</translation>
        </message>
        <message>
            <source>funddesk export: give the kind and the file: funddesk export KIND --output FILE.csv; KIND is one of %1.</source>
            <translation>funddesk export: indique la categoría y el archivo: funddesk export KIND --output FILE.csv; KIND es uno de %1.</translation>
        </message>
        <message>
            <source>funddesk export: %1</source>
            <translation>funddesk export: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) exported to %1.</source>
            <extracomment>%n is the number of records, %1 a file path</extracomment>
            <translation>
                <numerusform>%n registro exportado a %1.</numerusform>
                <numerusform>%n registros exportados a %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>funddesk import: %1</source>
            <translation>funddesk import: %1</translation>
        </message>
        <message>
            <source>funddesk import: write a template with --template KIND --output FILE.csv; KIND is one of %1.</source>
            <translation>funddesk import: escriba una plantilla con --template KIND --output FILE.csv; KIND es uno de %1.</translation>
        </message>
        <message>
            <source>“%1” could not be written. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>No se pudo escribir “%1”. Compruebe que la carpeta exista y que usted tenga permiso para escribir en ella.</translation>
        </message>
        <message>
            <source>Template written to %1.</source>
            <translation>Plantilla escrita en %1.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of the CSV file, %2 the problem</extracomment>
            <translation>Línea %1: %2</translation>
        </message>
        <message>
            <source>Line %1, column %2: %3</source>
            <extracomment>%1 is a line number of the CSV file, %2 a column name, %3 the problem</extracomment>
            <translation>Línea %1, columna %2: %3</translation>
        </message>
        <message>
            <source>Import records from a CSV file, all or nothing: KIND FILE.csv, KIND one of %1.</source>
            <translation>Importar registros desde un archivo CSV, todo o nada: KIND FILE.csv, donde KIND es uno de %1.</translation>
        </message>
        <message>
            <source>Check the file and print its problems; write nothing.</source>
            <translation>Comprobar el archivo y mostrar sus problemas, sin escribir nada.</translation>
        </message>
        <message>
            <source>Confirm that no receipt's conditions restrict its use to specific activities (no earmarking, ¶19).</source>
            <translation>Confirmar que las condiciones de ningún ingreso restringen su uso a actividades concretas (sin asignación a fines específicos, ¶19).</translation>
        </message>
        <message>
            <source>Write an empty file of that kind instead.</source>
            <translation>Escribir en su lugar un archivo vacío de esa categoría.</translation>
        </message>
        <message>
            <source>Where --template writes.</source>
            <translation>Dónde escribe --template.</translation>
        </message>
        <message>
            <source>funddesk import: give the kind and the file: funddesk import KIND FILE.csv; KIND is one of %1.</source>
            <translation>funddesk import: indique la categoría y el archivo: funddesk import KIND FILE.csv; KIND es uno de %1.</translation>
        </message>
        <message>
            <source>“%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>No se pudo abrir “%1”. Compruebe el nombre y que usted tenga permiso para leerlo.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found; nothing was imported.</source>
            <extracomment>%n is the number of problems</extracomment>
            <translation>
                <numerusform>Se encontró %n problema; no se importó nada.</numerusform>
                <numerusform>Se encontraron %n problemas; no se importó nada.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) checked: the file can be imported. Nothing was written (--dry-run).</source>
            <extracomment>%n is the number of rows</extracomment>
            <translation>
                <numerusform>%n fila comprobada: el archivo puede importarse. No se escribió nada (--dry-run).</numerusform>
                <numerusform>%n filas comprobadas: el archivo puede importarse. No se escribió nada (--dry-run).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) imported into %1.</source>
            <extracomment>%n is the number of records, %1 a file path</extracomment>
            <translation>
                <numerusform>%n registro importado en %1.</numerusform>
                <numerusform>%n registros importados en %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: funddesk period close|reopen --year YEAR [--reason TEXT] --as PROFILE [--database PATH]</source>
            <translation>Uso: funddesk period close|reopen --year YEAR [--reason TEXT] --as PROFILE [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; use close or reopen.</source>
            <translation>acción desconocida o ausente “%1”; utilice close o reopen.</translation>
        </message>
        <message>
            <source>Close a year: its records can no longer change.</source>
            <translation>Cerrar un ejercicio: sus registros ya no podrán modificarse.</translation>
        </message>
        <message>
            <source>Reopen a closed year, with the reason.</source>
            <translation>Reabrir un ejercicio cerrado, indicando el motivo.</translation>
        </message>
        <message>
            <source>The year, such as 2025.</source>
            <translation>El año, por ejemplo 2025.</translation>
        </message>
        <message>
            <source>Why the year is reopened (required).</source>
            <translation>El motivo de la reapertura del ejercicio (obligatorio).</translation>
        </message>
        <message>
            <source>--year takes a year such as 2025, not “%1”.</source>
            <translation>--year admite un año, por ejemplo 2025, no “%1”.</translation>
        </message>
        <message>
            <source>closed %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is a year</extracomment>
            <translation>ejercicio %1 cerrado</translation>
        </message>
        <message>
            <source>reopened %1</source>
            <translation>ejercicio %1 reabierto</translation>
        </message>
        <message>
            <source>Add a local profile (¶15, ¶18).</source>
            <translation>Añadir un perfil local (¶15, ¶18).</translation>
        </message>
        <message>
            <source>The person's name.</source>
            <translation>El nombre de la persona.</translation>
        </message>
        <message>
            <source>fund-manager, finance-assistant or hr-office (the High Representative's office).</source>
            <translation>fund-manager, finance-assistant o hr-office (Oficina de la Alta Representante).</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>ROLE</translation>
        </message>
        <message>
            <source>--role takes fund-manager, finance-assistant or hr-office, not “%1”.</source>
            <translation>--role admite fund-manager, finance-assistant o hr-office, no “%1”.</translation>
        </message>
        <message>
            <source>added profile %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>perfil %1 añadido</translation>
        </message>
        <message>
            <source>List the local profiles: number, role, name.</source>
            <translation>Enumerar los perfiles locales: número, rol, nombre.</translation>
        </message>
        <message>
            <source>Usage: funddesk profile add --name NAME --role ROLE | funddesk profile list [--database PATH]</source>
            <translation>Uso: funddesk profile add --name NAME --role ROLE | funddesk profile list [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; use add or list.</source>
            <translation>acción desconocida o ausente “%1”; utilice add o list.</translation>
        </message>
        <message>
            <source>Move a sponsorship or an activity to its next status (¶18), with who and why.</source>
            <translation>Pasar un patrocinio o una actividad a su situación siguiente (¶18), indicando quién y por qué.</translation>
        </message>
        <message>
            <source>The new status, such as submitted, eligible, under-review, recommended, approved.</source>
            <translation>La nueva situación, por ejemplo submitted, eligible, under-review, recommended, approved.</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <source>Why: required for recommendations and decisions.</source>
            <translation>Motivo: obligatorio para las recomendaciones y las decisiones.</translation>
        </message>
        <message>
            <source>The approved amount in USD (default: what was requested).</source>
            <translation>El importe aprobado en USD (predeterminado: el importe solicitado).</translation>
        </message>
        <message>
            <source>--to takes a status such as submitted or approved, not “%1”.</source>
            <translation>--to admite una situación, por ejemplo submitted o approved, no “%1”.</translation>
        </message>
        <message>
            <source>moved %1 to %2</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 the item, %2 a status key</extracomment>
            <translation>%1 pasó a %2</translation>
        </message>
        <message>
            <source>unexpected argument “%1”.</source>
            <translation>argumento inesperado “%1”.</translation>
        </message>
        <message>
            <source>funddesk: %1</source>
            <translation>funddesk: %1</translation>
        </message>
        <message>
            <source>funddesk %1: the disk is full, so nothing was saved and the fund is unchanged. Free some space and try again.</source>
            <translation>funddesk %1: el disco está lleno, por lo que no se guardó nada y el fondo no se modificó. Libere espacio e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>no profile is named “%1”. “funddesk profile list” shows them; “funddesk profile add” adds one.</source>
            <translation>ningún perfil se llama “%1”. “funddesk profile list” los muestra; “funddesk profile add” añade uno.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) imported.</source>
            <extracomment>%n is the number of records imported from a CSV file</extracomment>
            <translation>
                <numerusform>%n registro importado.</numerusform>
                <numerusform>%n registros importados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up the fund to “%1”…</source>
            <translation>Haciendo una copia de seguridad del fondo en “%1”…</translation>
        </message>
        <message>
            <source>Restoring the fund from “%1”…</source>
            <translation>Restaurando el fondo desde “%1”…</translation>
        </message>
        <message>
            <source>Backing up the fund before closing…</source>
            <translation>Haciendo una copia de seguridad del fondo antes de cerrar…</translation>
        </message>
    </context>
    <context>
        <name>FundDesk::Core</name>
        <message>
            <source>Entry %1 of the audit trail is missing: it was deleted.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>Falta la entrada %1 del registro de auditoría: se eliminó.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail does not follow the entry before it: an entry was inserted or removed there.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>La entrada %1 del registro de auditoría no sigue a la entrada anterior: se insertó o eliminó una entrada en ese punto.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail does not match its hash: it was changed after it was written.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>La entrada %1 del registro de auditoría no coincide con su hash: se modificó después de escribirse.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail was not written by FundDesk: it was added to the trail afterwards.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>La entrada %1 del registro de auditoría no la escribió FundDesk: se añadió al registro posteriormente.</translation>
        </message>
        <message>
            <source>The backup “%1” does not exist.</source>
            <translation>La copia de seguridad “%1” no existe.</translation>
        </message>
        <message>
            <source>The backup and the fund are the same file; choose a backup.</source>
            <translation>La copia de seguridad y el fondo son el mismo archivo; elija una copia de seguridad.</translation>
        </message>
        <message>
            <source>The folder “%1” could not be created.</source>
            <translation>No se pudo crear la carpeta “%1”.</translation>
        </message>
        <message>
            <source>The backup could not be copied next to the fund. Check that the disk has room; nothing was replaced.</source>
            <translation>No se pudo copiar la copia de seguridad junto al fondo. Compruebe que haya espacio en el disco; no se reemplazó nada.</translation>
        </message>
        <message>
            <source>The current fund file could not be set aside; nothing was replaced.</source>
            <translation>No se pudo apartar el archivo actual del fondo; no se reemplazó nada.</translation>
        </message>
        <message>
            <source>The backup could not be put in place; the fund was left as it was.</source>
            <translation>No se pudo colocar la copia de seguridad en su lugar; el fondo quedó como estaba.</translation>
        </message>
        <message>
            <source>A backup cannot replace the fund's own database. Choose another file name.</source>
            <translation>Una copia de seguridad no puede reemplazar la propia base de datos del fondo. Elija otro nombre de archivo.</translation>
        </message>
        <message>
            <source>The backup “%1” could not be written. Check that the folder is writable and the disk has room.</source>
            <translation>No se pudo escribir la copia de seguridad “%1”. Compruebe que se pueda escribir en la carpeta y que haya espacio en el disco.</translation>
        </message>
        <message>
            <source>The backup could not be saved as “%1”. Choose another file name.</source>
            <translation>No se pudo guardar la copia de seguridad como “%1”. Elija otro nombre de archivo.</translation>
        </message>
        <message>
            <source>“%1” is not a FundDesk database. Choose the fund's .funddesk file, or create a new fund.</source>
            <translation>“%1” no es una base de datos de FundDesk. Elija el archivo .funddesk del fondo o cree un fondo nuevo.</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be opened: check that the file exists and that you may read it.</source>
            <translation>No se pudo abrir la base de datos del fondo “%1”: compruebe que el archivo exista y que usted tenga permiso para leerlo.</translation>
        </message>
        <message>
            <source>The fund's database “%1” is damaged and was not changed. Restore it from a backup (File ▸ Restore…).</source>
            <translation>La base de datos del fondo “%1” está dañada y no se modificó. Restáurela a partir de una copia de seguridad (Archivo ▸ Restaurar…).</translation>
        </message>
        <message>
            <source>“%1” was written by a newer FundDesk (data version %2); this FundDesk reads data versions up to %3. The file was not changed: update FundDesk to open it.</source>
            <translation>“%1” fue escrito por una versión más reciente de FundDesk (versión de los datos %2); esta versión de FundDesk lee versiones de datos hasta la %3. El archivo no se modificó: actualice FundDesk para abrirlo.</translation>
        </message>
        <message>
            <source>The folder “%1” could not be created. Choose another place for the fund's database.</source>
            <translation>No se pudo crear la carpeta “%1”. Elija otra ubicación para la base de datos del fondo.</translation>
        </message>
        <message>
            <source>The file “%1” could not be created. Check that the folder is writable and the disk is not full.</source>
            <translation>No se pudo crear el archivo “%1”. Compruebe que se pueda escribir en la carpeta y que el disco no esté lleno.</translation>
        </message>
        <message>
            <source>The fund's database “%1” does not exist.</source>
            <translation>La base de datos del fondo “%1” no existe.</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be opened: check that the file exists and that you may read and write it.</source>
            <translation>No se pudo abrir la base de datos del fondo “%1”: compruebe que el archivo exista y que usted tenga permiso para leerlo y modificarlo.</translation>
        </message>
        <message>
            <source>Before upgrading the fund's data, FundDesk could not keep a copy at “%1”, so nothing was changed. Free some disk space and try again.</source>
            <translation>Antes de actualizar los datos del fondo, FundDesk no pudo guardar una copia en “%1”, por lo que no se modificó nada. Libere espacio en el disco y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>This fund's data was written by a newer FundDesk (data version %1); this FundDesk reads data versions up to %2. The file was not changed: update FundDesk to open it.</source>
            <translation>Los datos de este fondo fueron escritos por una versión más reciente de FundDesk (versión de los datos %1); esta versión de FundDesk lee versiones de datos hasta la %2. El archivo no se modificó: actualice FundDesk para abrirlo.</translation>
        </message>
        <message>
            <source>The fund's database could not be read or written. Your last change was not saved; try again, and if it keeps failing run “funddesk check”.</source>
            <translation>No se pudo leer o escribir la base de datos del fondo. Su último cambio no se guardó; vuelva a intentarlo y, si sigue fallando, ejecute “funddesk check”.</translation>
        </message>
        <message>
            <source>The amount requested (USD %1) is below the fund's minimum funding floor for an activity (USD %2), so the application can be neither recommended nor approved. The floor keeps activities large enough to be of quality and sustainable (¶23).</source>
            <extracomment>%1 is the amount requested, %2 the fund's minimum, both as "USD 1234.56"</extracomment>
            <translation>El importe solicitado (%1 USD) es inferior al importe mínimo de financiación de una actividad fijado por el fondo (%2 USD), por lo que la solicitud no puede recomendarse ni aprobarse. Este mínimo garantiza que las actividades tengan la envergadura suficiente para ser de calidad y sostenibles (¶23).</translation>
        </message>
        <message>
            <source>Non-governmental entity</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>Entidad no gubernamental</translation>
        </message>
        <message>
            <source>United Nations entity</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>Entidad de las Naciones Unidas</translation>
        </message>
        <message>
            <source>International or regional organization</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>Organización internacional o regional</translation>
        </message>
        <message>
            <source>Academic institution</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>Institución académica</translation>
        </message>
        <message>
            <source>Private sector</source>
            <extracomment>kind of implementing partner of an activity
----------
Kind of donor: a company</extracomment>
            <translation>Sector privado</translation>
        </message>
        <message>
            <source>Draft</source>
            <extracomment>status of an application</extracomment>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Submitted</source>
            <extracomment>status of an application</extracomment>
            <translation>Presentada</translation>
        </message>
        <message>
            <source>Screened: eligible</source>
            <extracomment>status of an application: screened and found eligible</extracomment>
            <translation>Examinada: admisible</translation>
        </message>
        <message>
            <source>Screened: ineligible</source>
            <extracomment>status of an application: screened and found ineligible</extracomment>
            <translation>Examinada: no admisible</translation>
        </message>
        <message>
            <source>Under review</source>
            <extracomment>status of an application</extracomment>
            <translation>En examen</translation>
        </message>
        <message>
            <source>Recommended</source>
            <extracomment>status of an application: recommended by the fund manager</extracomment>
            <translation>Recomendada</translation>
        </message>
        <message>
            <source>Not recommended</source>
            <extracomment>status of an application: not recommended by the fund manager</extracomment>
            <translation>No recomendada</translation>
        </message>
        <message>
            <source>Approved</source>
            <extracomment>status of an application: approved by the High Representative</extracomment>
            <translation>Aprobada</translation>
        </message>
        <message>
            <source>Rejected</source>
            <extracomment>status of an application: rejected by the High Representative</extracomment>
            <translation>Rechazada</translation>
        </message>
        <message>
            <source>Active</source>
            <extracomment>status of an application: approved and under way</extracomment>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Completed</source>
            <extracomment>status of an application</extracomment>
            <translation>Finalizada</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <extracomment>status of an application</extracomment>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Supports</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>A favor</translation>
        </message>
        <message>
            <source>Supports with changes</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>A favor con cambios</translation>
        </message>
        <message>
            <source>Does not support</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>En contra</translation>
        </message>
        <message>
            <source>No view</source>
            <extracomment>advice of the governance structure on an application: it expressed no view</extracomment>
            <translation>Sin opinión</translation>
        </message>
        <message>
            <source>Pledge</source>
            <extracomment>Type of contribution: money promised by a donor</extracomment>
            <translation>Promesa de contribución</translation>
        </message>
        <message>
            <source>Receipt</source>
            <extracomment>Type of contribution: money the fund has received</extracomment>
            <translation>Ingreso</translation>
        </message>
        <message>
            <source>Member State</source>
            <extracomment>Kind of donor: a Member State of the United Nations</extracomment>
            <translation>Estado Miembro</translation>
        </message>
        <message>
            <source>Observer State</source>
            <extracomment>Kind of donor: a non-member observer State (Holy See, State of Palestine)</extracomment>
            <translation>Estado observador</translation>
        </message>
        <message>
            <source>Intergovernmental or regional organization</source>
            <extracomment>Kind of donor</extracomment>
            <translation>Organización intergubernamental o regional</translation>
        </message>
        <message>
            <source>Philanthropic foundation</source>
            <extracomment>Kind of donor: a non-governmental philanthropic organization</extracomment>
            <translation>Fundación filantrópica</translation>
        </message>
        <message>
            <source>Other non-governmental entity</source>
            <extracomment>Kind of donor: an NGO, academia, an individual …</extracomment>
            <translation>Otra entidad no gubernamental</translation>
        </message>
        <message>
            <source>Not required</source>
            <extracomment>Due-diligence status of a donor: States and intergovernmental organizations</extracomment>
            <translation>No necesaria</translation>
        </message>
        <message>
            <source>Pending</source>
            <extracomment>Due-diligence status of a donor: the UN clearance is not decided yet</extracomment>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Cleared</source>
            <extracomment>Due-diligence status of a donor: the UN cleared the donor's money</extracomment>
            <translation>Aprobada</translation>
        </message>
        <message>
            <source>Declined</source>
            <extracomment>Due-diligence status of a donor: the UN refused the donor's money</extracomment>
            <translation>Denegada</translation>
        </message>
        <message>
            <source>¶21(%1)</source>
            <extracomment>A paragraph of the Secretary-General's report and its sub-paragraph letter: ¶21(c)</extracomment>
            <translation>¶21(%1)</translation>
        </message>
        <message>
            <source>A capital-based government official working on cyber/ICT-security diplomacy, policy or related technical fields</source>
            <translation>Funcionario con sede en la capital que trabaja en diplomacia o políticas de ciberseguridad o seguridad de las TIC, o en ámbitos técnicos conexos</translation>
        </message>
        <message>
            <source>Direct experience of ICT-security matters in the current post, and the intention to contribute to the UN discussions</source>
            <translation>Experiencia directa en cuestiones de seguridad de las TIC en el puesto actual e intención de contribuir a los debates de las Naciones Unidas</translation>
        </message>
        <message>
            <source>Able to travel and attend during the sessions</source>
            <translation>Puede viajar y asistir durante los períodos de sesiones</translation>
        </message>
        <message>
            <source>Attends all formal meetings of the sessions and the capacity-building activities held alongside them</source>
            <translation>Asiste a todas las sesiones oficiales de los períodos de sesiones y a las actividades de creación de capacidad celebradas paralelamente</translation>
        </message>
        <message>
            <source>Willing to share a report on the experience with the fund manager</source>
            <translation>Dispuesto a compartir con el administrador del fondo un informe sobre la experiencia</translation>
        </message>
        <message>
            <source>The exchange rate “%1” is not above zero. Enter how many US dollars one unit of the currency is worth, for example 0.0067.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>El tipo de cambio “%1” no es superior a cero. Indique cuántos dólares de los Estados Unidos vale una unidad de la moneda, por ejemplo 0.0067.</translation>
        </message>
        <message>
            <source>The exchange rate is empty. Enter how many US dollars one unit of the currency is worth, for example 0.0067.</source>
            <translation>El tipo de cambio está vacío. Indique cuántos dólares de los Estados Unidos vale una unidad de la moneda, por ejemplo 0.0067.</translation>
        </message>
        <message>
            <source>The exchange rate “%1” is not a plain number. Use digits and a dot before the decimals, for example 0.0067.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>El tipo de cambio “%1” no es un número simple. Use dígitos y un punto antes de los decimales, por ejemplo 0.0067.</translation>
        </message>
        <message numerus="yes">
            <source>The exchange rate “%1” has more than %n decimal place(s). Round it to %n decimal place(s).</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>
                <numerusform>El tipo de cambio “%1” tiene más de %n decimal. Redondéelo a %n decimal.</numerusform>
                <numerusform>El tipo de cambio “%1” tiene más de %n decimales. Redondéelo a %n decimales.</numerusform>
            </translation>
        </message>
        <message>
            <source>The exchange rate “%1” is too large. Check the number of digits.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>El tipo de cambio “%1” es demasiado grande. Compruebe el número de dígitos.</translation>
        </message>
        <message>
            <source>A stored exchange rate is not above zero. The record needs a valid rate.</source>
            <translation>Un tipo de cambio almacenado no es superior a cero. El registro necesita un tipo válido.</translation>
        </message>
        <message>
            <source>The amount is already in US dollars, so its exchange rate must be 1, not %1.</source>
            <extracomment>%1 is an exchange rate such as 0.98</extracomment>
            <translation>El importe ya está en dólares de los Estados Unidos, por lo que su tipo de cambio debe ser 1, no %1.</translation>
        </message>
        <message>
            <source>%1 %2 is too large to convert to US dollars. Check the amount and the exchange rate.</source>
            <extracomment>%1 is an amount such as 1000, %2 its currency code such as JPY</extracomment>
            <translation>%1 %2 es un importe demasiado grande para convertirlo a dólares de los Estados Unidos. Compruebe el importe y el tipo de cambio.</translation>
        </message>
        <message>
            <source>National strategies, laws and regulations</source>
            <extracomment>focus area (a) of capacity-building activities</extracomment>
            <translation>Estrategias, leyes y reglamentos nacionales</translation>
        </message>
        <message>
            <source>National and regional positions on how international law applies to the use of ICTs</source>
            <extracomment>focus area (b) of capacity-building activities</extracomment>
            <translation>Posiciones nacionales y regionales sobre cómo se aplica el derecho internacional al uso de las TIC</translation>
        </message>
        <message>
            <source>ICT incident management and response, including computer emergency response teams</source>
            <extracomment>focus area (c) of capacity-building activities</extracomment>
            <translation>Gestión de incidentes relacionados con las TIC y respuesta a ellos, incluidos los equipos de respuesta a emergencias informáticas</translation>
        </message>
        <message>
            <source>Protection of critical infrastructure and critical information infrastructure</source>
            <extracomment>focus area (d) of capacity-building activities</extracomment>
            <translation>Protección de la infraestructura crítica y de la infraestructura de información crítica</translation>
        </message>
        <message>
            <source>ICT-security awareness and education</source>
            <extracomment>focus area (e) of capacity-building activities</extracomment>
            <translation>Sensibilización y educación en materia de seguridad de las TIC</translation>
        </message>
        <message>
            <source>Training and workforce development</source>
            <extracomment>focus area (f) of capacity-building activities</extracomment>
            <translation>Capacitación y desarrollo de la fuerza de trabajo</translation>
        </message>
        <message>
            <source>Implementation of the agreed norms of responsible State behaviour</source>
            <extracomment>focus area (g) of capacity-building activities</extracomment>
            <translation>Aplicación de las normas convenidas de comportamiento responsable de los Estados</translation>
        </message>
        <message>
            <source>Implementation of the global confidence-building measures</source>
            <extracomment>focus area (h) of capacity-building activities</extracomment>
            <translation>Aplicación de las medidas mundiales de fomento de la confianza</translation>
        </message>
        <message>
            <source>Participation in the global intergovernmental Points of Contact directory</source>
            <extracomment>focus area (i) of capacity-building activities</extracomment>
            <translation>Participación en el Directorio Mundial Intergubernamental de Puntos de Contacto</translation>
        </message>
        <message>
            <source>Woman</source>
            <extracomment>Gender of a sponsorship applicant
----------
Reason a delegate is on the slate: gender parity (¶12, ¶22)</extracomment>
            <translation>Mujer</translation>
        </message>
        <message>
            <source>Man</source>
            <extracomment>Gender of a sponsorship applicant</extracomment>
            <translation>Hombre</translation>
        </message>
        <message>
            <source>Other or undisclosed</source>
            <extracomment>Gender of a sponsorship applicant: another gender, or not stated</extracomment>
            <translation>Otro o no indicado</translation>
        </message>
        <message>
            <source>No currency is given. Choose a three-letter ISO 4217 code such as USD or EUR.</source>
            <translation>No se indica ninguna moneda. Elija un código ISO 4217 de tres letras, como USD o EUR.</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose a three-letter code such as USD or EUR.</source>
            <extracomment>%1 is the currency code that was given, e.g. "USX"</extracomment>
            <translation>“%1” no es un código de moneda ISO 4217 conocido. Elija un código de tres letras, como USD o EUR.</translation>
        </message>
        <message>
            <source>The amount is empty. Enter a number such as %1.</source>
            <extracomment>%1 is an example amount such as 1234.56</extracomment>
            <translation>El importe está vacío. Introduzca un número, como %1.</translation>
        </message>
        <message>
            <source>The amount “%1” is not a plain number. Use digits, an optional minus sign and a dot before the decimals, without thousands separators, for example %2.</source>
            <extracomment>%1 is what the user typed, %2 an example amount such as 1234.56</extracomment>
            <translation>El importe “%1” no es un número simple. Use dígitos, un signo menos opcional y un punto antes de los decimales, sin separadores de miles, por ejemplo %2.</translation>
        </message>
        <message>
            <source>The amount “%1” has decimals, but %2 has no minor unit. Enter a whole number.</source>
            <extracomment>%1 is the amount typed, %2 a currency code such as JPY</extracomment>
            <translation>El importe “%1” tiene decimales, pero %2 no tiene subunidad. Introduzca un número entero.</translation>
        </message>
        <message numerus="yes">
            <source>The amount “%1” has more than %n decimal place(s) for %2. Round it to %n decimal place(s).</source>
            <extracomment>%1 is the amount typed, %2 a currency code such as USD</extracomment>
            <translation>
                <numerusform>El importe “%1” tiene más de %n decimal para %2. Redondéelo a %n decimal.</numerusform>
                <numerusform>El importe “%1” tiene más de %n decimales para %2. Redondéelo a %n decimales.</numerusform>
            </translation>
        </message>
        <message>
            <source>The amount “%1” is too large to record in %2. Check the number of digits.</source>
            <extracomment>%1 is the amount typed, %2 a currency code</extracomment>
            <translation>El importe “%1” es demasiado grande para registrarlo en %2. Compruebe el número de dígitos.</translation>
        </message>
        <message>
            <source>Cannot combine an amount in %1 with an amount in %2. Convert one of them to the other currency first.</source>
            <extracomment>%1 and %2 are currency codes such as USD and EUR</extracomment>
            <translation>No se puede combinar un importe en %1 con un importe en %2. Convierta primero uno de ellos a la otra moneda.</translation>
        </message>
        <message>
            <source>The result is too large to record in %1. Check the amounts involved.</source>
            <extracomment>%1 is a currency code</extracomment>
            <translation>El resultado es demasiado grande para registrarlo en %1. Compruebe los importes en cuestión.</translation>
        </message>
        <message>
            <source>There is nothing to split the amount into. Give at least one share.</source>
            <translation>No hay nada entre lo que repartir el importe. Indique al menos una parte.</translation>
        </message>
        <message>
            <source>A share of the split is negative (%1). Shares must be zero or more.</source>
            <extracomment>%1 is the negative share, e.g. -2</extracomment>
            <translation>Una parte del reparto es negativa (%1). Las partes deben ser cero o más.</translation>
        </message>
        <message>
            <source>All shares of the split are zero. Give at least one share above zero.</source>
            <translation>Todas las partes del reparto son cero. Indique al menos una parte superior a cero.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <extracomment>%1 is the ISO currency code (USD), %2 the amount; reorder if your language puts the code after the amount</extracomment>
            <translation>%2 %1</translation>
        </message>
        <message>
            <source>The amount “%1” is not a number. Type it like %2.</source>
            <translation>El importe “%1” no es un número. Escríbalo así: %2.</translation>
        </message>
        <message>
            <source>Fund manager</source>
            <extracomment>role of a local profile (¶15: the project manager post)</extracomment>
            <translation>Administrador del fondo</translation>
        </message>
        <message>
            <source>Finance assistant</source>
            <extracomment>role of a local profile (¶15: the General Service post)</extracomment>
            <translation>Auxiliar de finanzas</translation>
        </message>
        <message>
            <source>High Representative's office</source>
            <extracomment>role of a local profile: records the High Representative's final approvals (¶18)</extracomment>
            <translation>Oficina de la Alta Representante</translation>
        </message>
        <message>
            <source>Publish name and amount</source>
            <extracomment>Publication consent of a contribution (¶17): the donor's name and the amount</extracomment>
            <translation>Publicar el nombre y el importe</translation>
        </message>
        <message>
            <source>Publish as “anonymous donor”</source>
            <extracomment>Publication consent of a contribution (¶17): the amount, without the donor's name</extracomment>
            <translation>Publicar como “donante anónimo”</translation>
        </message>
        <message>
            <source>Do not publish</source>
            <extracomment>Publication consent of a contribution (¶17): not published at all</extracomment>
            <translation>No publicar</translation>
        </message>
        <message>
            <source>Africa</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>África</translation>
        </message>
        <message>
            <source>Americas</source>
            <extracomment>Geographic region (UN M49): North, Central and South America and the Caribbean</extracomment>
            <translation>Américas</translation>
        </message>
        <message>
            <source>Asia</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>Asia</translation>
        </message>
        <message>
            <source>Europe</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>Europa</translation>
        </message>
        <message>
            <source>Oceania</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>Oceanía</translation>
        </message>
        <message>
            <source>No regional group</source>
            <extracomment>A State in no UN regional group (the Holy See)</extracomment>
            <translation>Ningún grupo regional</translation>
        </message>
        <message>
            <source>African States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>Estados de África</translation>
        </message>
        <message>
            <source>Asia-Pacific States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>Estados de Asia y el Pacífico</translation>
        </message>
        <message>
            <source>Eastern European States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>Estados de Europa Oriental</translation>
        </message>
        <message>
            <source>Latin American and Caribbean States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>Estados de América Latina y el Caribe</translation>
        </message>
        <message>
            <source>Western European and other States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>Estados de Europa Occidental y otros Estados</translation>
        </message>
        <message>
            <source>Least Developed Countries</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>Países menos adelantados</translation>
        </message>
        <message>
            <source>Landlocked Developing Countries</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>Países en desarrollo sin litoral</translation>
        </message>
        <message>
            <source>Small Island Developing States</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>Pequeños Estados insulares en desarrollo</translation>
        </message>
        <message>
            <source>LDC</source>
            <extracomment>Abbreviation of "Least Developed Countries" as the UN writes it in this language</extracomment>
            <translation>PMA</translation>
        </message>
        <message>
            <source>LLDC</source>
            <extracomment>Abbreviation of "Landlocked Developing Countries" as the UN writes it in this language</extracomment>
            <translation>PDSL</translation>
        </message>
        <message>
            <source>SIDS</source>
            <extracomment>Abbreviation of "Small Island Developing States" as the UN writes it in this language</extracomment>
            <translation>PEID</translation>
        </message>
        <message>
            <source>Needs assessment</source>
            <extracomment>selection criterion (a) of activities</extracomment>
            <translation>Evaluación de las necesidades</translation>
        </message>
        <message>
            <source>Synergy and gap analysis</source>
            <extracomment>selection criterion (b) of activities</extracomment>
            <translation>Análisis de sinergias y carencias</translation>
        </message>
        <message>
            <source>Geographic balance</source>
            <extracomment>selection criterion (c) of activities</extracomment>
            <translation>Equilibrio geográfico</translation>
        </message>
        <message>
            <source>Impact, sustainability and ownership</source>
            <extracomment>selection criterion (d) of activities</extracomment>
            <translation>Impacto, sostenibilidad e implicación</translation>
        </message>
        <message>
            <source>Commitment to the working group</source>
            <extracomment>selection criterion (e) of activities</extracomment>
            <translation>Compromiso con el grupo de trabajo</translation>
        </message>
        <message>
            <source>Gender mainstreaming</source>
            <extracomment>selection criterion (f) of activities</extracomment>
            <translation>Incorporación de la perspectiva de género</translation>
        </message>
        <message>
            <source>The activity answers needs identified in a national or regional needs assessment.</source>
            <translation>La actividad responde a necesidades señaladas en una evaluación nacional o regional de las necesidades.</translation>
        </message>
        <message>
            <source>The application shows how the activity complements other capacity-building efforts and fills a gap they leave.</source>
            <translation>La solicitud muestra cómo la actividad complementa otras iniciativas de creación de capacidad y cubre una carencia que estas dejan.</translation>
        </message>
        <message>
            <source>Funding the activity contributes to an equitable distribution of the fund's resources across regions.</source>
            <translation>La financiación de la actividad contribuye a una distribución equitativa de los recursos del fondo entre las regiones.</translation>
        </message>
        <message>
            <source>The activity has a lasting impact and is owned nationally or regionally beyond the fund's support.</source>
            <translation>La actividad tiene un impacto duradero y cuenta con implicación nacional o regional más allá del apoyo del fondo.</translation>
        </message>
        <message>
            <source>The activity supports the work of the open-ended working group and its follow-up process.</source>
            <translation>La actividad apoya la labor del grupo de trabajo de composición abierta y su proceso de seguimiento.</translation>
        </message>
        <message>
            <source>The activity mainstreams gender in its design, participation and results.</source>
            <translation>La actividad incorpora la perspectiva de género en su diseño, su participación y sus resultados.</translation>
        </message>
        <message>
            <source>Absent</source>
            <extracomment>point 0 of the 0–5 review scale</extracomment>
            <translation>Ausente</translation>
        </message>
        <message>
            <source>Very weak</source>
            <extracomment>point 1 of the 0–5 review scale</extracomment>
            <translation>Muy débil</translation>
        </message>
        <message>
            <source>Weak</source>
            <extracomment>point 2 of the 0–5 review scale</extracomment>
            <translation>Débil</translation>
        </message>
        <message>
            <source>Adequate</source>
            <extracomment>point 3 of the 0–5 review scale</extracomment>
            <translation>Adecuado</translation>
        </message>
        <message>
            <source>Strong</source>
            <extracomment>point 4 of the 0–5 review scale</extracomment>
            <translation>Sólido</translation>
        </message>
        <message>
            <source>Exemplary</source>
            <extracomment>point 5 of the 0–5 review scale</extracomment>
            <translation>Ejemplar</translation>
        </message>
        <message>
            <source>The application does not address the criterion at all.</source>
            <translation>La solicitud no aborda el criterio en absoluto.</translation>
        </message>
        <message>
            <source>The criterion is mentioned, but without substance or evidence.</source>
            <translation>El criterio se menciona, pero sin contenido ni pruebas.</translation>
        </message>
        <message>
            <source>The criterion is addressed in part; important gaps or weaknesses remain.</source>
            <translation>El criterio se aborda en parte; persisten carencias o deficiencias importantes.</translation>
        </message>
        <message>
            <source>The criterion is addressed satisfactorily, with some evidence; minor gaps remain.</source>
            <translation>El criterio se aborda de manera satisfactoria, con algunas pruebas; persisten carencias menores.</translation>
        </message>
        <message>
            <source>The criterion is addressed well, with clear evidence and few weaknesses.</source>
            <translation>El criterio se aborda bien, con pruebas claras y pocas deficiencias.</translation>
        </message>
        <message>
            <source>The criterion is addressed fully and convincingly, with strong evidence; a model for other applications.</source>
            <translation>El criterio se aborda de manera completa y convincente, con pruebas sólidas; un modelo para otras solicitudes.</translation>
        </message>
        <message>
            <source>The weight of “%1” must be a whole number from 0 to %2.</source>
            <extracomment>%1 is a criterion name, %2 the largest weight allowed</extracomment>
            <translation>La ponderación de “%1” debe ser un número entero de 0 a %2.</translation>
        </message>
        <message>
            <source>At least one criterion must have a weight above zero, or no application could be scored.</source>
            <translation>Al menos un criterio debe tener una ponderación superior a cero; de lo contrario, no podría puntuarse ninguna solicitud.</translation>
        </message>
        <message>
            <source>The weights of the review criteria could not be read. Enter them again in the fund's settings.</source>
            <translation>No se pudieron leer las ponderaciones de los criterios de evaluación. Vuelva a introducirlas en la configuración del fondo.</translation>
        </message>
        <message>
            <source>The file “%1” could not be written. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>No se pudo escribir el archivo “%1”. Compruebe que la carpeta exista y que usted tenga permiso para escribir en ella.</translation>
        </message>
        <message>
            <source>The file “%1” could not be written. Check that the disk is not full.</source>
            <translation>No se pudo escribir el archivo “%1”. Compruebe que el disco no esté lleno.</translation>
        </message>
        <message>
            <source>Applications</source>
            <extracomment>columns of the geographic balance table (¶25c); amounts in US dollars</extracomment>
            <translation>Solicitudes</translation>
        </message>
        <message>
            <source>Requested (USD)</source>
            <translation>Solicitado (USD)</translation>
        </message>
        <message>
            <source>Recommended (USD)</source>
            <translation>Recomendado (USD)</translation>
        </message>
        <message>
            <source>Equal share</source>
            <extracomment>last line of the geographic balance table: what each would get if shared equally</extracomment>
            <translation>Parte igual</translation>
        </message>
        <message>
            <source>Region</source>
            <extracomment>first column of the geographic balance table: the M49 region</extracomment>
            <translation>Región</translation>
        </message>
        <message>
            <source>Regional group</source>
            <extracomment>first column of the geographic balance table: the UN regional group</extracomment>
            <translation>Grupo regional</translation>
        </message>
        <message>
            <source>Reference</source>
            <extracomment>column of the exported review scores</extracomment>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Evaluador</translation>
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
            <translation>Puntuación ponderada</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justificación</translation>
        </message>
        <message>
            <source>The activity application is no longer in the fund's database. Reload the list of activities and try again.</source>
            <translation>La solicitud de actividad ya no está en la base de datos del fondo. Vuelva a cargar la lista de actividades e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The list of activities in the fund's database is damaged: activity %1 has an unknown value in “%2”.</source>
            <translation>La lista de actividades de la base de datos del fondo está dañada: la actividad %1 tiene un valor desconocido en “%2”.</translation>
        </message>
        <message>
            <source>The consultation is no longer in the fund's database. Reload the list of consultations and try again.</source>
            <translation>La consulta ya no está en la base de datos del fondo. Vuelva a cargar la lista de consultas e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The list of consultations in the fund's database is damaged: consultation %1 has an unknown advice.</source>
            <translation>La lista de consultas de la base de datos del fondo está dañada: la consulta %1 tiene una opinión desconocida.</translation>
        </message>
        <message>
            <source>A saved earlier state of a contribution in the fund's database is damaged and cannot be shown.</source>
            <translation>Un estado anterior guardado de una contribución en la base de datos del fondo está dañado y no se puede mostrar.</translation>
        </message>
        <message>
            <source>The contribution is no longer in the fund's database. Reload the list of contributions and try again.</source>
            <translation>La contribución ya no está en la base de datos del fondo. Vuelva a cargar la lista de contribuciones e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The list of contributions in the fund's database is damaged: contribution %1 has an unknown value in “%2”.</source>
            <translation>La lista de contribuciones de la base de datos del fondo está dañada: la contribución %1 tiene un valor desconocido en “%2”.</translation>
        </message>
        <message>
            <source>The list of donors in the fund's database is damaged: donor %1 has an unknown value in “%2”.</source>
            <translation>La lista de donantes de la base de datos del fondo está dañada: el donante %1 tiene un valor desconocido en “%2”.</translation>
        </message>
        <message>
            <source>The donor is no longer in the fund's database. Reload the list of donors and try again.</source>
            <translation>El donante ya no está en la base de datos del fondo. Vuelva a cargar la lista de donantes e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The meeting is no longer in the fund's database. Reload the list of meetings and try again.</source>
            <translation>La reunión ya no está en la base de datos del fondo. Vuelva a cargar la lista de reuniones e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The list of meetings in the fund's database is damaged: meeting %1 has an unknown value in “%2”.</source>
            <translation>La lista de reuniones de la base de datos del fondo está dañada: la reunión %1 tiene un valor desconocido en “%2”.</translation>
        </message>
        <message>
            <source>The review is no longer in the fund's database. Reload the application's reviews and try again.</source>
            <translation>La evaluación ya no está en la base de datos del fondo. Vuelva a cargar las evaluaciones de la solicitud e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The sponsorship application is no longer in the fund's database. Reload the list of applications and try again.</source>
            <translation>La solicitud de patrocinio ya no está en la base de datos del fondo. Vuelva a cargar la lista de solicitudes e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The list of sponsorships in the fund's database is damaged: application %1 has an unknown value in “%2”.</source>
            <translation>La lista de patrocinios de la base de datos del fondo está dañada: la solicitud %1 tiene un valor desconocido en “%2”.</translation>
        </message>
        <message>
            <source>The list of States in the fund's database is damaged: the State “%1” has an unknown value in “%2”.</source>
            <translation>La lista de Estados de la base de datos del fondo está dañada: el Estado “%1” tiene un valor desconocido en “%2”.</translation>
        </message>
        <message>
            <source>The State with ISO code “%1” or M49 code “%2” is already in the list.</source>
            <translation>El Estado con el código ISO “%1” o el código M49 “%2” ya está en la lista.</translation>
        </message>
        <message>
            <source>Title: enter the title of the activity.</source>
            <translation>Título: introduzca el título de la actividad.</translation>
        </message>
        <message>
            <source>Implementing partners: enter the name of partner %1, or remove it from the list.</source>
            <extracomment>%1 is the position of the partner in the list: 1, 2, …</extracomment>
            <translation>Asociados en la ejecución: introduzca el nombre del asociado %1 o quítelo de la lista.</translation>
        </message>
        <message>
            <source>Focus areas: choose at least one of the nine focus areas of the fund (¶26).</source>
            <translation>Ámbitos prioritarios: elija al menos uno de los nueve ámbitos prioritarios del fondo (¶26).</translation>
        </message>
        <message>
            <source>Needs assessment: describe the national or regional needs assessment the activity answers, or give the reference of the document (¶13, ¶25a).</source>
            <translation>Evaluación de las necesidades: describa la evaluación nacional o regional de las necesidades a la que responde la actividad o indique la referencia del documento (¶13, ¶25a).</translation>
        </message>
        <message>
            <source>Applicant State: choose the government that applies. Eligible recipients are governments (¶24).</source>
            <translation>Estado solicitante: elija el Gobierno que presenta la solicitud. Los beneficiarios admisibles son los Gobiernos (¶24).</translation>
        </message>
        <message>
            <source>Applicant State: “%1” is not a Member State of the reference list. Eligible recipients are governments of Member States (¶24).</source>
            <extracomment>%1 is an ISO 3166 code such as FRA</extracomment>
            <translation>Estado solicitante: “%1” no es un Estado Miembro de la lista de referencia. Los beneficiarios admisibles son los Gobiernos de los Estados Miembros (¶24).</translation>
        </message>
        <message>
            <source>Co-applicant States: the applicant State cannot also be a co-applicant.</source>
            <translation>Estados cosolicitantes: el Estado solicitante no puede ser también cosolicitante.</translation>
        </message>
        <message>
            <source>Co-applicant States: “%1” is not a Member State of the reference list.</source>
            <translation>Estados cosolicitantes: “%1” no es un Estado Miembro de la lista de referencia.</translation>
        </message>
        <message>
            <source>Co-applicant States: %1 is listed twice.</source>
            <translation>Estados cosolicitantes: %1 figura dos veces.</translation>
        </message>
        <message>
            <source>Start: enter the date the activity starts.</source>
            <translation>Inicio: introduzca la fecha de inicio de la actividad.</translation>
        </message>
        <message>
            <source>End: enter the date the activity ends.</source>
            <translation>Fin: introduzca la fecha de finalización de la actividad.</translation>
        </message>
        <message>
            <source>End: the activity cannot end (%1) before it starts (%2).</source>
            <extracomment>%1 and %2 are ISO dates</extracomment>
            <translation>Fin: la actividad no puede terminar (%1) antes de empezar (%2).</translation>
        </message>
        <message>
            <source>Amount requested: enter the amount requested for at least one year.</source>
            <translation>Importe solicitado: introduzca el importe solicitado para al menos un año.</translation>
        </message>
        <message>
            <source>Amount requested: amounts are requested in US dollars (USD).</source>
            <translation>Importe solicitado: los importes se solicitan en dólares de los Estados Unidos (USD).</translation>
        </message>
        <message>
            <source>Amount requested: the amount for %1 must be more than zero.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Importe solicitado: el importe para %1 debe ser superior a cero.</translation>
        </message>
        <message>
            <source>Amount requested: %1 is outside the years of the activity (%2–%3).</source>
            <extracomment>%1 is a year; %2–%3 the first and last years of the activity</extracomment>
            <translation>Importe solicitado: %1 está fuera de los años de la actividad (%2–%3).</translation>
        </message>
        <message>
            <source>Amount requested: the year %1 is entered twice.</source>
            <translation>Importe solicitado: el año %1 está introducido dos veces.</translation>
        </message>
        <message>
            <source>Co-funding: enter the amount from other sources in US dollars, zero or more.</source>
            <translation>Cofinanciación: introduzca el importe procedente de otras fuentes en dólares de los Estados Unidos, cero o más.</translation>
        </message>
        <message>
            <source>Reference: “%1” is already the reference of another application.</source>
            <extracomment>%1 is a reference such as CB-2026-014</extracomment>
            <translation>Referencia: “%1” ya es la referencia de otra solicitud.</translation>
        </message>
        <message>
            <source>The application has been reviewed or discussed in a consultation, so it cannot be deleted; its record is part of the selection. Cancel it instead.</source>
            <translation>La solicitud ya se evaluó o se examinó en una consulta, por lo que no puede eliminarse; su expediente forma parte de la selección. Cancélela en su lugar.</translation>
        </message>
        <message>
            <source>The year %1 is out of range. Enter a year from %2 to %3.</source>
            <extracomment>%1 is the year asked for, %2 and %3 the first and last years allowed</extracomment>
            <translation>El año %1 está fuera del intervalo. Introduzca un año de %2 a %3.</translation>
        </message>
        <message>
            <source>This needs the role “%1”; the current profile has the role “%2”.</source>
            <extracomment>%1 and %2 are role names, such as "Fund manager"</extracomment>
            <translation>Esta acción requiere el rol “%1”; el perfil actual tiene el rol “%2”.</translation>
        </message>
        <message>
            <source>The fund is not operational: no minimum threshold of contributions has been set (¶16). Set it in the fund's settings before approving.</source>
            <translation>El fondo no está operativo: no se ha fijado un umbral mínimo de contribuciones (¶16). Fíjelo en la configuración del fondo antes de aprobar.</translation>
        </message>
        <message>
            <source>The fund is not operational yet: it becomes operational once the contributions received reach %1 (¶16); %2 is still missing.</source>
            <extracomment>%1 is the threshold, %2 the amount still missing, both with currency</extracomment>
            <translation>El fondo aún no está operativo: lo estará cuando las contribuciones recibidas alcancen %1 (¶16); todavía faltan %2.</translation>
        </message>
        <message>
            <source>This is %1 short of the available programme balance of %2.</source>
            <extracomment>%1 is the shortfall, %2 the available balance, both with currency</extracomment>
            <translation>Faltan %1 respecto del saldo disponible para programas, que asciende a %2.</translation>
        </message>
        <message>
            <source>The approved amount must be a positive amount in USD.</source>
            <translation>El importe aprobado debe ser un importe positivo en USD.</translation>
        </message>
        <message>
            <source>Enter the justification for changing the approved amount.</source>
            <translation>Introduzca la justificación del cambio del importe aprobado.</translation>
        </message>
        <message>
            <source>Only an approved item has an amount to amend.</source>
            <translation>Solo un elemento aprobado tiene un importe que se pueda modificar.</translation>
        </message>
        <message>
            <source>This amendment has already been decided, or no longer exists.</source>
            <translation>Ya se ha tomado una decisión sobre esta modificación, o ya no existe.</translation>
        </message>
        <message>
            <source>Whoever recommended a change cannot also approve it. Another profile of the High Representative's office must decide.</source>
            <translation>Quien recomendó un cambio no puede también aprobarlo. Debe decidir otro perfil de la Oficina de la Alta Representante.</translation>
        </message>
        <message>
            <source>%1 has already been paid on this item; the approved amount cannot go below it.</source>
            <extracomment>%1 is the amount already paid, with currency</extracomment>
            <translation>Ya se han pagado %1 por este elemento; el importe aprobado no puede ser inferior a esa cantidad.</translation>
        </message>
        <message>
            <source>Date: enter the date of the consultation.</source>
            <translation>Fecha: introduzca la fecha de la consulta.</translation>
        </message>
        <message>
            <source>Date: a consultation is recorded once it has taken place; the date cannot be in the future.</source>
            <translation>Fecha: una consulta se registra una vez celebrada; la fecha no puede ser futura.</translation>
        </message>
        <message>
            <source>Participants: enter the States and members who took part.</source>
            <translation>Participantes: introduzca los Estados y los miembros que participaron.</translation>
        </message>
        <message>
            <source>Participants: a line of the list is empty; enter a name or remove the line.</source>
            <translation>Participantes: una línea de la lista está vacía; introduzca un nombre o elimine la línea.</translation>
        </message>
        <message>
            <source>Advice: one application the advice refers to is no longer in the fund's database.</source>
            <translation>Opinión: una solicitud a la que se refiere la opinión ya no está en la base de datos del fondo.</translation>
        </message>
        <message>
            <source>Advice: %1 has two entries; a consultation gives one advice per application.</source>
            <extracomment>%1 is a reference such as CB-2026-014</extracomment>
            <translation>Opinión: %1 tiene dos entradas; una consulta emite una sola opinión por solicitud.</translation>
        </message>
        <message>
            <source>Advice: write down the advice given on %1.</source>
            <translation>Opinión: anote la opinión emitida sobre %1.</translation>
        </message>
        <message>
            <source>Choose the donor of this contribution.</source>
            <translation>Elija el donante de esta contribución.</translation>
        </message>
        <message>
            <source>The chosen donor is no longer in the fund's database. Choose the donor again.</source>
            <translation>El donante elegido ya no está en la base de datos del fondo. Vuelva a elegir el donante.</translation>
        </message>
        <message>
            <source>The UN's due diligence declined %1, so the fund cannot accept its money, pledged or received (¶14). Choose another donor, or record a new clearance on the donor if the decision was reversed.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>El proceso de diligencia debida de las Naciones Unidas denegó a %1, por lo que el fondo no puede aceptar su dinero, ni prometido ni recibido (¶14). Elija otro donante o registre una nueva aprobación en el donante si la decisión se revocó.</translation>
        </message>
        <message>
            <source>%1 has not yet been cleared by the UN's due diligence, so its money can be pledged but not recorded as received (¶14). Record a pledge for now, or record the clearance on the donor first.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>%1 aún no ha sido aprobado por el proceso de diligencia debida de las Naciones Unidas, por lo que su dinero puede prometerse, pero no registrarse como recibido (¶14). Registre por ahora una promesa de contribución o registre primero la aprobación en el donante.</translation>
        </message>
        <message>
            <source>Enter the date of the contribution.</source>
            <translation>Introduzca la fecha de la contribución.</translation>
        </message>
        <message>
            <source>The date %1 is before 1 January 2000. Check the year.</source>
            <extracomment>%1 is a date such as 1999-12-31</extracomment>
            <translation>La fecha %1 es anterior al 1 de enero de 2000. Compruebe el año.</translation>
        </message>
        <message>
            <source>A receipt cannot be dated in the future: %1 is after today, %2. Enter the date the money was received, or record a pledge.</source>
            <extracomment>%1 and %2 are dates such as 2025-03-31</extracomment>
            <translation>Un ingreso no puede tener una fecha futura: %1 es posterior a hoy, %2. Introduzca la fecha en que se recibió el dinero o registre una promesa de contribución.</translation>
        </message>
        <message>
            <source>The amount must be above zero. Enter the amount the donor gives.</source>
            <translation>El importe debe ser superior a cero. Introduzca el importe que aporta el donante.</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose the currency from the list.</source>
            <extracomment>%1 is what was entered as a currency code</extracomment>
            <translation>“%1” no es un código de moneda ISO 4217 conocido. Elija la moneda en la lista.</translation>
        </message>
        <message>
            <source>Enter the exchange rate to US dollars used on the day; it must be above zero.</source>
            <translation>Introduzca el tipo de cambio a dólares de los Estados Unidos aplicado ese día; debe ser superior a cero.</translation>
        </message>
        <message>
            <source>The amount is in US dollars, so its exchange rate must be 1, not %1.</source>
            <extracomment>%1 is an exchange rate such as 0.98</extracomment>
            <translation>El importe está en dólares de los Estados Unidos, por lo que su tipo de cambio debe ser 1, no %1.</translation>
        </message>
        <message>
            <source>Only a receipt can be paid against a pledge. Clear the pledge it pays, or record a receipt.</source>
            <translation>Solo un ingreso puede imputarse a una promesa de contribución. Quite la promesa a la que se imputa o registre un ingreso.</translation>
        </message>
        <message>
            <source>A receipt cannot be paid against itself. Choose the pledge it pays, or none.</source>
            <translation>Un ingreso no puede imputarse a sí mismo. Elija la promesa de contribución que salda, o ninguna.</translation>
        </message>
        <message>
            <source>The pledge this receipt pays is not in the fund's database. Choose the pledge again, or none.</source>
            <translation>La promesa de contribución que salda este ingreso no está en la base de datos del fondo. Vuelva a elegir la promesa, o ninguna.</translation>
        </message>
        <message>
            <source>The chosen pledge was made by another donor. Choose a pledge of %1, or none.</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>La promesa de contribución elegida la hizo otro donante. Elija una promesa de %1, o ninguna.</translation>
        </message>
        <message>
            <source>The chosen pledge is in %1 and this receipt in %2. Record the receipt in %1, or choose another pledge.</source>
            <extracomment>%1 and %2 are currency codes such as EUR</extracomment>
            <translation>La promesa de contribución elegida está en %1 y este ingreso en %2. Registre el ingreso en %1 o elija otra promesa.</translation>
        </message>
        <message>
            <source>The fund accepts no earmarked contributions (¶19): money restricted to specific activities cannot be recorded. Ask the donor to lift the restriction, then record the contribution without it.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>El fondo no acepta contribuciones asignadas a fines específicos (¶19): no puede registrarse dinero restringido a actividades concretas. Pida al donante que levante la restricción y, después, registre la contribución sin ella.</translation>
        </message>
        <message>
            <source>This receipt comes with conditions. Confirm that they do not restrict its use to specific activities (no earmarking, ¶19) before recording it.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>Este ingreso está sujeto a condiciones. Confirme que no restringen su uso a actividades concretas (sin asignación a fines específicos, ¶19) antes de registrarlo.</translation>
        </message>
        <message>
            <source>Only a pledge can have a schedule of payments. Remove the schedule, or record a pledge.</source>
            <translation>Solo una promesa de contribución puede tener un calendario de pagos. Elimine el calendario o registre una promesa.</translation>
        </message>
        <message>
            <source>Enter the due date of scheduled payment %1.</source>
            <extracomment>%1 is the number of the payment in the schedule: 1, 2, 3 …</extracomment>
            <translation>Introduzca la fecha de vencimiento del pago previsto %1.</translation>
        </message>
        <message>
            <source>Scheduled payment %1 must be above zero.</source>
            <extracomment>%1 is the number of the payment in the schedule: 1, 2, 3 …</extracomment>
            <translation>El pago previsto %1 debe ser superior a cero.</translation>
        </message>
        <message>
            <source>Scheduled payment %1 is in %2, but the pledge is in %3. Enter every payment in %3.</source>
            <extracomment>%1 is the number of the payment; %2 and %3 are currency codes such as EUR</extracomment>
            <translation>El pago previsto %1 está en %2, pero la promesa de contribución está en %3. Introduzca todos los pagos en %3.</translation>
        </message>
        <message>
            <source>The scheduled payments add up to %1 %2, but the pledge is %3 %2. Adjust the payments so that they add up to the pledge.</source>
            <extracomment>%1 and %3 are amounts such as 1000.00, %2 their currency code such as EUR</extracomment>
            <translation>Los pagos previstos suman %1 %2, pero la promesa de contribución es de %3 %2. Ajuste los pagos para que sumen el importe de la promesa.</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) are recorded against this pledge, so it must stay a pledge. Record the money received as a receipt instead.</source>
            <translation>
                <numerusform>Hay %n ingreso imputado a esta promesa de contribución, por lo que debe seguir siendo una promesa. Registre el dinero recibido como ingreso.</numerusform>
                <numerusform>Hay %n ingresos imputados a esta promesa de contribución, por lo que debe seguir siendo una promesa. Registre el dinero recibido como ingreso.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) from this donor are recorded against this pledge, so its donor cannot change.</source>
            <translation>
                <numerusform>Hay %n ingreso de este donante imputado a esta promesa de contribución, por lo que su donante no puede cambiar.</numerusform>
                <numerusform>Hay %n ingresos de este donante imputados a esta promesa de contribución, por lo que su donante no puede cambiar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) in %1 are recorded against this pledge, so its currency must stay %1.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>
                <numerusform>Hay %n ingreso en %1 imputado a esta promesa de contribución, por lo que su moneda debe seguir siendo %1.</numerusform>
                <numerusform>Hay %n ingresos en %1 imputados a esta promesa de contribución, por lo que su moneda debe seguir siendo %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>This contribution has been received, so its earlier state is kept in its history. Enter the reason for the change.</source>
            <translation>Esta contribución ya se ha recibido, por lo que su estado anterior se conserva en su historial. Introduzca el motivo del cambio.</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) are recorded against this pledge, so it cannot be deleted. Delete those receipts first, or keep the pledge.</source>
            <translation>
                <numerusform>Hay %n ingreso imputado a esta promesa de contribución, por lo que no puede eliminarse. Elimine primero ese ingreso o conserve la promesa.</numerusform>
                <numerusform>Hay %n ingresos imputados a esta promesa de contribución, por lo que no puede eliminarse. Elimine primero esos ingresos o conserve la promesa.</numerusform>
            </translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building (demo)</source>
            <translation>Fondo de Contribuciones Voluntarias de las Naciones Unidas para la Creación de Capacidad en Seguridad de las TIC (demostración)</translation>
        </message>
        <message>
            <source>Enter the date of the payment.</source>
            <translation>Introduzca la fecha del pago.</translation>
        </message>
        <message>
            <source>A payment cannot be dated in the future.</source>
            <translation>Un pago no puede tener una fecha futura.</translation>
        </message>
        <message>
            <source>Enter the payee.</source>
            <translation>Introduzca el beneficiario del pago.</translation>
        </message>
        <message>
            <source>Enter an amount above zero.</source>
            <translation>Introduzca un importe superior a cero.</translation>
        </message>
        <message>
            <source>A payment is a positive amount; record money coming back as a refund, with its reason.</source>
            <translation>Un pago es un importe positivo; registre el dinero devuelto como reembolso, indicando el motivo.</translation>
        </message>
        <message>
            <source>Enter the reason for the refund.</source>
            <translation>Introduzca el motivo del reembolso.</translation>
        </message>
        <message>
            <source>Payments can be made only against an approved or active sponsorship or activity.</source>
            <translation>Solo pueden efectuarse pagos con cargo a un patrocinio o una actividad aprobados o en curso.</translation>
        </message>
        <message>
            <source>Choose the recipient State from the list.</source>
            <translation>Elija el Estado beneficiario en la lista.</translation>
        </message>
        <message>
            <source>This payment of %1 exceeds what remains committed on the item: %2.</source>
            <extracomment>%1 is the payment in USD, %2 what remains committed, both with currency</extracomment>
            <translation>Este pago de %1 supera lo que queda comprometido en el elemento: %2.</translation>
        </message>
        <message>
            <source>This refund of %1 exceeds what was paid on the item: %2.</source>
            <extracomment>%1 is the refund in USD, %2 what was paid, both with currency</extracomment>
            <translation>Este reembolso de %1 supera lo que se pagó en el elemento: %2.</translation>
        </message>
        <message>
            <source>Choose what kind of donor this is.</source>
            <translation>Elija la categoría de este donante.</translation>
        </message>
        <message>
            <source>Choose the State from the list.</source>
            <translation>Elija el Estado en la lista.</translation>
        </message>
        <message>
            <source>“%1” is not a State of the reference list. Choose the State from the list.</source>
            <extracomment>%1 is a code such as FRA</extracomment>
            <translation>“%1” no es un Estado de la lista de referencia. Elija el Estado en la lista.</translation>
        </message>
        <message>
            <source>%1 is an observer State, not a Member State. Choose “Observer State” as the kind of donor, or another State.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>%1 es un Estado observador, no un Estado Miembro. Elija “Estado observador” como categoría de donante, u otro Estado.</translation>
        </message>
        <message>
            <source>%1 is a Member State, not an observer State. Choose “Member State” as the kind of donor, or another State.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>%1 es un Estado Miembro, no un Estado observador. Elija “Estado Miembro” como categoría de donante, u otro Estado.</translation>
        </message>
        <message>
            <source>%1 already has a donor record, and a State has only one. Choose that record instead of adding a new one.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>%1 ya tiene un registro de donante, y cada Estado tiene solo uno. Elija ese registro en lugar de añadir uno nuevo.</translation>
        </message>
        <message>
            <source>Enter the donor's name.</source>
            <translation>Introduzca el nombre del donante.</translation>
        </message>
        <message>
            <source>The donor's name is %1 characters long. Shorten it to at most %2 characters.</source>
            <translation>El nombre del donante tiene %1 caracteres. Acórtelo a %2 caracteres como máximo.</translation>
        </message>
        <message>
            <source>“%1” is not a country of the reference list. Choose the country from the list, or leave it empty.</source>
            <extracomment>%1 is a code such as FRA</extracomment>
            <translation>“%1” no es un país de la lista de referencia. Elija el país en la lista o deje el campo vacío.</translation>
        </message>
        <message>
            <source>A donor of the kind “%1” needs no due-diligence clearance. Set the clearance to “Not required”.</source>
            <extracomment>%1 is a kind of donor, such as "Member State"</extracomment>
            <translation>Un donante de la categoría “%1” no necesita aprobación de diligencia debida. Establezca la aprobación en “No necesaria”.</translation>
        </message>
        <message>
            <source>Enter the date of the due-diligence decision (%1).</source>
            <extracomment>%1 is a due-diligence status: "Cleared" or "Declined"</extracomment>
            <translation>Introduzca la fecha de la decisión de diligencia debida (%1).</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n contribution(s) recorded, so the donor cannot be deleted: the fund's books must keep who gave what. Delete the contributions first if they were entered by mistake.</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>
                <numerusform>%1 tiene %n contribución registrada, por lo que el donante no puede eliminarse: la contabilidad del fondo debe conservar quién aportó qué. Elimine primero la contribución si se introdujo por error.</numerusform>
                <numerusform>%1 tiene %n contribuciones registradas, por lo que el donante no puede eliminarse: la contabilidad del fondo debe conservar quién aportó qué. Elimine primero las contribuciones si se introdujeron por error.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: not a capital-based government official currently working on cyber/ICT-security diplomacy, policy or related technical fields</source>
            <extracomment>%1 is "¶21(a)"</extracomment>
            <translation>%1: no es un funcionario con sede en la capital que trabaje actualmente en diplomacia o políticas de ciberseguridad o seguridad de las TIC, o en ámbitos técnicos conexos</translation>
        </message>
        <message>
            <source>%1: no direct experience of ICT-security matters in the current post, or no intention to contribute to the UN discussions</source>
            <extracomment>%1 is "¶21(b)"</extracomment>
            <translation>%1: no tiene experiencia directa en cuestiones de seguridad de las TIC en el puesto actual o no tiene intención de contribuir a los debates de las Naciones Unidas</translation>
        </message>
        <message>
            <source>%1: not able to travel and attend during the sessions</source>
            <extracomment>%1 is "¶21(c)"</extracomment>
            <translation>%1: no puede viajar ni asistir durante los períodos de sesiones</translation>
        </message>
        <message>
            <source>%1: will not attend all formal meetings and the capacity-building activities alongside them</source>
            <extracomment>%1 is "¶21(d)"</extracomment>
            <translation>%1: no asistirá a todas las sesiones oficiales ni a las actividades de creación de capacidad celebradas paralelamente</translation>
        </message>
        <message>
            <source>%1: not willing to share a report on the experience with the fund manager</source>
            <extracomment>%1 is "¶21(e)"</extracomment>
            <translation>%1: no está dispuesto a compartir con el administrador del fondo un informe sobre la experiencia</translation>
        </message>
        <message>
            <source>The fund's setting “%1” holds a value FundDesk cannot read. Open the fund's settings, enter the value again and save.</source>
            <extracomment>%1 is the internal name of a setting, e.g. fund.threshold.usd_minor</extracomment>
            <translation>El parámetro “%1” del fondo contiene un valor que FundDesk no puede leer. Abra la configuración del fondo, vuelva a introducir el valor y guarde.</translation>
        </message>
        <message>
            <source>The fund's name is %2 characters long. Shorten it to %1 characters at most.</source>
            <extracomment>%1 is the maximum number of characters, %2 the number typed</extracomment>
            <translation>El nombre del fondo tiene %2 caracteres. Acórtelo a %1 caracteres como máximo.</translation>
        </message>
        <message>
            <source>The operational threshold cannot be negative. Enter zero, or the amount of receipts at which the fund becomes operational.</source>
            <translation>El umbral operativo no puede ser negativo. Introduzca cero o el importe de ingresos a partir del cual el fondo pasa a estar operativo.</translation>
        </message>
        <message>
            <source>The operational threshold is in %1, but the fund's books are kept in US dollars. Enter the threshold in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>El umbral operativo está en %1, pero la contabilidad del fondo se lleva en dólares de los Estados Unidos. Introduzca el umbral en USD.</translation>
        </message>
        <message>
            <source>The annual cost of the Professional post cannot be negative. Enter zero or an amount above zero.</source>
            <translation>El costo anual del puesto del Cuadro Orgánico no puede ser negativo. Introduzca cero o un importe superior a cero.</translation>
        </message>
        <message>
            <source>The annual cost of the Professional post is in %1, but the fund's books are kept in US dollars. Enter the cost in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>El costo anual del puesto del Cuadro Orgánico está en %1, pero la contabilidad del fondo se lleva en dólares de los Estados Unidos. Introduzca el costo en USD.</translation>
        </message>
        <message>
            <source>The annual cost of the General Service post cannot be negative. Enter zero or an amount above zero.</source>
            <translation>El costo anual del puesto del Cuadro de Servicios Generales no puede ser negativo. Introduzca cero o un importe superior a cero.</translation>
        </message>
        <message>
            <source>The annual cost of the General Service post is in %1, but the fund's books are kept in US dollars. Enter the cost in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>El costo anual del puesto del Cuadro de Servicios Generales está en %1, pero la contabilidad del fondo se lleva en dólares de los Estados Unidos. Introduzca el costo en USD.</translation>
        </message>
        <message>
            <source>The minimum funding per activity cannot be negative. Enter zero or an amount above zero.</source>
            <translation>La financiación mínima por actividad no puede ser negativa. Introduzca cero o un importe superior a cero.</translation>
        </message>
        <message>
            <source>The minimum funding per activity is in %1, but the fund's books are kept in US dollars. Enter the minimum in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>La financiación mínima por actividad está en %1, pero la contabilidad del fondo se lleva en dólares de los Estados Unidos. Introduzca el mínimo en USD.</translation>
        </message>
        <message>
            <source>The threshold cannot have been announced on %1, after today (%2). Enter the date donors were told the threshold, or leave it empty until then.</source>
            <extracomment>%1 is the date entered, %2 today's date, both as YYYY-MM-DD</extracomment>
            <translation>El umbral no puede haberse anunciado el %1, fecha posterior a hoy (%2). Introduzca la fecha en que se comunicó el umbral a los donantes o deje el campo vacío hasta entonces.</translation>
        </message>
        <message>
            <source>Not yet operational: set the minimum threshold of contributions in Settings (¶16).</source>
            <translation>Aún no operativo: fije el umbral mínimo de contribuciones en Configuración (¶16).</translation>
        </message>
        <message>
            <source>Operational: contributions received have reached the threshold of %1.</source>
            <translation>Operativo: las contribuciones recibidas han alcanzado el umbral de %1.</translation>
        </message>
        <message>
            <source>Not yet operational: %1 still missing to reach the threshold of %2 (¶16).</source>
            <translation>Aún no operativo: todavía faltan %1 para alcanzar el umbral de %2 (¶16).</translation>
        </message>
        <message>
            <source>No meeting has the reference “%1”.</source>
            <translation>Ninguna reunión tiene la referencia “%1”.</translation>
        </message>
        <message>
            <source>Enter the meeting's reference, such as PM-2026-1.</source>
            <translation>Introduzca la referencia de la reunión, como PM-2026-1.</translation>
        </message>
        <message>
            <source>Another meeting already has the reference “%1”.</source>
            <translation>Otra reunión ya tiene la referencia “%1”.</translation>
        </message>
        <message>
            <source>Enter the meeting's name.</source>
            <translation>Introduzca el nombre de la reunión.</translation>
        </message>
        <message>
            <source>Enter the city where the meeting is held.</source>
            <translation>Introduzca la ciudad donde se celebra la reunión.</translation>
        </message>
        <message>
            <source>Enter the first day of the meeting.</source>
            <translation>Introduzca el primer día de la reunión.</translation>
        </message>
        <message>
            <source>The last day of the meeting cannot be before its first day.</source>
            <translation>El último día de la reunión no puede ser anterior al primero.</translation>
        </message>
        <message numerus="yes">
            <source>The formal meeting days must be from 1 to %n, the days from the first to the last day of the meeting.</source>
            <translation>
                <numerusform>Los días de sesiones oficiales deben estar entre 1 y %n, es decir, entre el primer y el último día de la reunión.</numerusform>
                <numerusform>Los días de sesiones oficiales deben estar entre 1 y %n, es decir, entre el primer y el último día de la reunión.</numerusform>
            </translation>
        </message>
        <message>
            <source>The airfare from %1 must be an amount in USD of 0 or more.</source>
            <extracomment>%1 is a region of the world, such as Africa</extracomment>
            <translation>El pasaje aéreo desde %1 debe ser un importe en USD de 0 o más.</translation>
        </message>
        <message>
            <source>The daily subsistence allowance must be an amount in USD of 0 or more.</source>
            <translation>Las dietas deben ser un importe en USD de 0 o más.</translation>
        </message>
        <message>
            <source>The days of subsistence allowance cannot be negative.</source>
            <translation>Los días de dietas no pueden ser negativos.</translation>
        </message>
        <message>
            <source>The terminal expenses must be an amount in USD of 0 or more.</source>
            <translation>Los gastos de salida y llegada deben ser un importe en USD de 0 o más.</translation>
        </message>
        <message numerus="yes">
            <source>%n sponsorship application(s) are recorded for this meeting, so it cannot be deleted.</source>
            <translation>
                <numerusform>Hay %n solicitud de patrocinio registrada para esta reunión, por lo que no puede eliminarse.</numerusform>
                <numerusform>Hay %n solicitudes de patrocinio registradas para esta reunión, por lo que no puede eliminarse.</numerusform>
            </translation>
        </message>
        <message>
            <source>The year %1 is closed, so its records cannot be changed. The fund manager can reopen the year, giving a reason.</source>
            <extracomment>%1 is a year such as 2025</extracomment>
            <translation>El ejercicio %1 está cerrado, por lo que sus registros no pueden modificarse. El administrador del fondo puede reabrir el ejercicio indicando un motivo.</translation>
        </message>
        <message>
            <source>Only the fund manager can close or reopen a year. The current profile has the role “%1”.</source>
            <extracomment>%1 is the name of a role, such as "Fund manager"</extracomment>
            <translation>Solo el administrador del fondo puede cerrar o reabrir un ejercicio. El perfil actual tiene el rol “%1”.</translation>
        </message>
        <message>
            <source>The year %1 is already closed.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>El ejercicio %1 ya está cerrado.</translation>
        </message>
        <message>
            <source>Enter the reason for reopening the year: it is kept on record.</source>
            <translation>Introduzca el motivo de la reapertura del ejercicio: quedará registrado.</translation>
        </message>
        <message>
            <source>The year %1 is not closed.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>El ejercicio %1 no está cerrado.</translation>
        </message>
        <message>
            <source>A scheduled payment of a pledge in %1 is in %2. Enter every scheduled payment in the pledge's currency.</source>
            <extracomment>%1 is the pledge's currency, %2 the currency of one of its scheduled payments</extracomment>
            <translation>Un pago previsto de una promesa de contribución en %1 está en %2. Introduzca todos los pagos previstos en la moneda de la promesa.</translation>
        </message>
        <message>
            <source>The profile is no longer in the fund's database.</source>
            <translation>El perfil ya no está en la base de datos del fondo.</translation>
        </message>
        <message>
            <source>Enter the name of the profile.</source>
            <translation>Introduzca el nombre del perfil.</translation>
        </message>
        <message>
            <source>A profile named “%1” already exists.</source>
            <extracomment>%1 is the name of a person's profile</extracomment>
            <translation>Ya existe un perfil llamado “%1”.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column %2: a quotation mark is misplaced. A field with quotation marks must be enclosed in them entirely.</source>
            <translation>Datos de referencia, fila %1, columna %2: unas comillas están mal colocadas. Un campo con comillas debe estar completamente encerrado entre ellas.</translation>
        </message>
        <message>
            <source>Reference data, row %1: a quoted field is not closed before the end of the file.</source>
            <translation>Datos de referencia, fila %1: un campo entre comillas no se cierra antes del final del archivo.</translation>
        </message>
        <message>
            <source>Reference data: the column “%1” appears twice in the header.</source>
            <translation>Datos de referencia: la columna “%1” aparece dos veces en el encabezado.</translation>
        </message>
        <message>
            <source>Reference data: the column “%1” is missing from the header.</source>
            <translation>Datos de referencia: falta la columna “%1” en el encabezado.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: the value is empty.</source>
            <translation>Datos de referencia, fila %1, columna “%2”: el valor está vacío.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” is not 0 or 1.</source>
            <translation>Datos de referencia, fila %1, columna “%2”: “%3” no es 0 ni 1.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” is not a valid value.</source>
            <translation>Datos de referencia, fila %1, columna “%2”: “%3” no es un valor válido.</translation>
        </message>
        <message>
            <source>Reference data: the file is not valid UTF-8 text.</source>
            <translation>Datos de referencia: el archivo no es texto UTF-8 válido.</translation>
        </message>
        <message>
            <source>Reference data: the file is empty; a header row is expected.</source>
            <translation>Datos de referencia: el archivo está vacío; se espera una fila de encabezado.</translation>
        </message>
        <message>
            <source>Reference data, row %1: %2 fields where the header has %3.</source>
            <translation>Datos de referencia, fila %1: %2 campos donde el encabezado tiene %3.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” appears twice.</source>
            <translation>Datos de referencia, fila %1, columna “%2”: “%3” aparece dos veces.</translation>
        </message>
        <message>
            <source>The list of States built into FundDesk could not be read.</source>
            <translation>No se pudo leer la lista de Estados integrada en FundDesk.</translation>
        </message>
        <message>
            <source>Conflict of interest: describe the conflict you declare, so the record shows why you did not score.</source>
            <translation>Conflicto de intereses: describa el conflicto que declara, para que el expediente muestre por qué no puntuó.</translation>
        </message>
        <message>
            <source>Reviewer: enter the name of the reviewer.</source>
            <translation>Evaluador: introduzca el nombre del evaluador.</translation>
        </message>
        <message>
            <source>Reviewer: %1 has already declared for this application. Open that review instead.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>Evaluador: %1 ya ha hecho una declaración para esta solicitud. Abra esa evaluación en su lugar.</translation>
        </message>
        <message>
            <source>%1 declared a conflict of interest for this application and cannot score it. The aggregate score is computed without this reviewer.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>%1 declaró un conflicto de intereses en relación con esta solicitud y no puede puntuarla. La puntuación global se calcula sin este evaluador.</translation>
        </message>
        <message>
            <source>%1: the score must be a whole number from %2 to %3.</source>
            <extracomment>%1 is a criterion name; %2 and %3 the ends of the scale (0 and 5)</extracomment>
            <translation>%1: la puntuación debe ser un número entero de %2 a %3.</translation>
        </message>
        <message>
            <source>Justification: explain the scores in writing; the selection must be transparent and accountable.</source>
            <translation>Justificación: explique las puntuaciones por escrito; la selección debe ser transparente y responsable.</translation>
        </message>
        <message numerus="yes">
            <source>You pinned %1 applicants for %n seat(s): the slate is the pinned applicants only. Unpin some or add seats.</source>
            <translation>
                <numerusform>Ha fijado %1 candidatos para %n plaza: la lista incluye solo a los candidatos fijados. Desfije algunos o añada plazas.</numerusform>
                <numerusform>Ha fijado %1 candidatos para %n plazas: la lista incluye solo a los candidatos fijados. Desfije algunos o añada plazas.</numerusform>
            </translation>
        </message>
        <message>
            <source>The pinned applicants cost %1, more than the budget of %2: the slate is the pinned applicants only.</source>
            <translation>Los candidatos fijados cuestan %1, más que el presupuesto de %2: la lista incluye solo a los candidatos fijados.</translation>
        </message>
        <message>
            <source>Pinned by you</source>
            <translation>Fijado por usted</translation>
        </message>
        <message>
            <source>One of %1 delegates from %2: no applicant from another State could take the seat</source>
            <translation>Uno de los %1 delegados de %2: ningún candidato de otro Estado podía ocupar la plaza</translation>
        </message>
        <message>
            <source>Only applicant from %1</source>
            <translation>Único candidato de %1</translation>
        </message>
        <message numerus="yes">
            <source>Chosen among %n applicants from %1</source>
            <translation>
                <numerusform>Elegido entre %n candidato de %1</numerusform>
                <numerusform>Elegido entre %n candidatos de %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Covers %1</source>
            <translation>Representa a %1</translation>
        </message>
        <message>
            <source>Priority State: %1</source>
            <extracomment>%1 is a list of priority groups such as "LDC and LLDC" (¶22)</extracomment>
            <translation>Estado prioritario: %1</translation>
        </message>
        <message>
            <source>Score %1</source>
            <translation>Puntuación %1</translation>
        </message>
        <message>
            <source>No reviewer score yet</source>
            <translation>Aún no hay puntuación de evaluadores</translation>
        </message>
        <message>
            <source>Excluded by you</source>
            <translation>Excluido por usted</translation>
        </message>
        <message>
            <source>Not eligible: %1</source>
            <extracomment>%1 lists the failing criteria, such as "¶21(a) and ¶21(c)"</extracomment>
            <translation>No admisible: %1</translation>
        </message>
        <message>
            <source>Not screened yet: assess %1</source>
            <extracomment>%1 lists the criteria not yet assessed, such as "¶21(b) and ¶21(d)"</extracomment>
            <translation>Aún no examinado: evalúe %1</translation>
        </message>
        <message>
            <source>Would need a budget of %1 more</source>
            <translation>Necesitaría %1 más de presupuesto</translation>
        </message>
        <message>
            <source>The pinned applicants take the whole slate</source>
            <translation>Los candidatos fijados ocupan toda la lista</translation>
        </message>
        <message>
            <source>%1 already has a delegate and other States wait</source>
            <translation>%1 ya tiene un delegado y otros Estados esperan</translation>
        </message>
        <message>
            <source>Every seat is taken by a pinned applicant</source>
            <translation>Todas las plazas están ocupadas por candidatos fijados</translation>
        </message>
        <message>
            <source>Taking them would leave %1 without a delegate</source>
            <translation>Elegirlos dejaría a %1 sin delegado</translation>
        </message>
        <message>
            <source>Taking them would leave fewer than half of the seats to women</source>
            <translation>Elegirlos dejaría menos de la mitad de las plazas a mujeres</translation>
        </message>
        <message>
            <source>Taking them would leave %1 uncovered</source>
            <translation>Elegirlos dejaría a %1 sin representación</translation>
        </message>
        <message>
            <source>Taking them would mean one delegate fewer from LDC, LLDC and SIDS</source>
            <translation>Elegirlos supondría un delegado menos de los PMA, los PDSL y los PEID</translation>
        </message>
        <message>
            <source>A higher score than %1 (the lowest selected with the same profile)</source>
            <translation>Una puntuación más alta que %1 (la más baja de los seleccionados con el mismo perfil)</translation>
        </message>
        <message>
            <source>A higher score than %1 (the score of %2, whose place they would take)</source>
            <translation>Una puntuación más alta que %1 (la puntuación de %2, cuya plaza ocuparía)</translation>
        </message>
        <message>
            <source>Same standing as %1, who costs %2 less</source>
            <translation>Misma posición que %1, que cuesta %2 menos</translation>
        </message>
        <message>
            <source>Same standing and cost as %1, whose application came first</source>
            <translation>Misma posición y mismo costo que %1, cuya solicitud llegó antes</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>No regional group is covered by the slate</extracomment>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Seats filled</source>
            <translation>Plazas cubiertas</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>States</source>
            <translation>Estados</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>Costo total</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>%1 (%2 left)</source>
            <translation>%1 (quedan %2)</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Mujeres</translation>
        </message>
        <message>
            <source>%1 (%2 %)</source>
            <translation>%1 (%2 %)</translation>
        </message>
        <message>
            <source>Regional groups covered</source>
            <translation>Grupos regionales representados</translation>
        </message>
        <message>
            <source>%1 of 5: %2</source>
            <translation>%1 de 5: %2</translation>
        </message>
        <message>
            <source>From LDC, LLDC or SIDS</source>
            <translation>De PMA, PDSL o PEID</translation>
        </message>
        <message>
            <source>The seats must be a whole number from 1 to %1.</source>
            <translation>Las plazas deben ser un número entero de 1 a %1.</translation>
        </message>
        <message>
            <source>The budget must be an amount in USD of 0 or more.</source>
            <translation>El presupuesto debe ser un importe en USD de 0 o más.</translation>
        </message>
        <message>
            <source>Choose the meeting the applicant would attend.</source>
            <translation>Elija la reunión a la que asistiría el candidato.</translation>
        </message>
        <message>
            <source>Enter the applicant's name.</source>
            <translation>Introduzca el nombre del candidato.</translation>
        </message>
        <message>
            <source>Choose the applicant's gender, or “Other or undisclosed”.</source>
            <translation>Elija el género del candidato, u “Otro o no indicado”.</translation>
        </message>
        <message>
            <source>Choose the applicant's State from the list.</source>
            <translation>Elija el Estado del candidato en la lista.</translation>
        </message>
        <message>
            <source>The cost you set must be an amount in USD of 0 or more.</source>
            <translation>El costo que fije debe ser un importe en USD de 0 o más.</translation>
        </message>
        <message>
            <source>Say why the cost differs from the meeting's norms.</source>
            <translation>Indique por qué el costo difiere de las normas de la reunión.</translation>
        </message>
        <message>
            <source>The score must be a whole number from 0 to 100.</source>
            <translation>La puntuación debe ser un número entero de 0 a 100.</translation>
        </message>
        <message>
            <source>The actual cost must be an amount in USD of 0 or more.</source>
            <translation>El costo real debe ser un importe en USD de 0 o más.</translation>
        </message>
        <message>
            <source>not every criterion of ¶21 is assessed yet</source>
            <translation>aún no se han evaluado todos los criterios del ¶21</translation>
        </message>
        <message>
            <source>This application cannot be recommended: %1.</source>
            <extracomment>%1 is the reason, such as "¶21(c): not able to travel and attend during the sessions"</extracomment>
            <translation>Esta solicitud no puede recomendarse: %1.</translation>
        </message>
        <message>
            <source>Choose the meeting and the State to estimate the cost.</source>
            <translation>Elija la reunión y el Estado para estimar el costo.</translation>
        </message>
        <message>
            <source>The sponsorship is no longer in the fund's database.</source>
            <translation>El patrocinio ya no está en la base de datos del fondo.</translation>
        </message>
        <message>
            <source>The activity is no longer in the fund's database.</source>
            <translation>La actividad ya no está en la base de datos del fondo.</translation>
        </message>
        <message>
            <source>An application cannot move from “%1” to “%2”: “%1” is a final status.</source>
            <extracomment>%1 and %2 are statuses of an application</extracomment>
            <translation>Una solicitud no puede pasar de “%1” a “%2”: “%1” es una situación final.</translation>
        </message>
        <message>
            <source>An application cannot move from “%1” to “%2”. From “%1” it can move only to %3.</source>
            <extracomment>%1 and %2 are statuses; %3 lists the statuses allowed next, separated by commas</extracomment>
            <translation>Una solicitud no puede pasar de “%1” a “%2”. Desde “%1” solo puede pasar a %3.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Choose your profile before changing an application's status.</source>
            <translation>Elija su perfil antes de cambiar la situación de una solicitud.</translation>
        </message>
        <message>
            <source>Only a profile with the role “%2” can record “%1”; the current profile has the role “%3”.</source>
            <extracomment>%1 is a status, %2 and %3 are role names</extracomment>
            <translation>Solo un perfil con el rol “%2” puede registrar “%1”; el perfil actual tiene el rol “%3”.</translation>
        </message>
        <message>
            <source>not every ¶21 criterion has been assessed</source>
            <translation>no se han evaluado todos los criterios del ¶21</translation>
        </message>
        <message>
            <source>This sponsorship cannot be “%1”: %2.</source>
            <extracomment>%1 is a status; %2 lists the failed ¶21 criteria, separated by semicolons</extracomment>
            <translation>Esta solicitud de patrocinio no puede pasar a “%1”: %2.</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>%1 recommended this application, so %1 cannot also approve or reject it. Another profile of the High Representative's office must decide.</source>
            <extracomment>%1 is the name of a person's profile</extracomment>
            <translation>%1 recomendó esta solicitud, por lo que %1 no puede también aprobarla ni rechazarla. Debe decidir otro perfil de la Oficina de la Alta Representante.</translation>
        </message>
        <message>
            <source>Enter the written justification for “%1”: it is required both for recommending and for not recommending.</source>
            <extracomment>%1 is a status such as "Recommended"</extracomment>
            <translation>Introduzca la justificación escrita de “%1”: es obligatoria tanto para recomendar como para no recomendar.</translation>
        </message>
        <message>
            <source>The amount “%1” has its thousands grouped wrongly: use groups of three digits, as in %2.</source>
            <translation>El importe “%1” tiene los millares mal agrupados: utilice grupos de tres dígitos, como en %2.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail was never sealed: it was added outside FundDesk.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>La entrada %1 del registro de auditoría nunca se selló: se añadió fuera de FundDesk.</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be read: check that you may read it and that the disk is not full.</source>
            <translation>No se pudo leer la base de datos del fondo “%1”: compruebe que usted tenga permiso para leerla y que el disco no esté lleno.</translation>
        </message>
        <message>
            <source>The fund's database “%1” was deleted, moved or replaced while FundDesk had it open. Nothing more is saved to it: back up now to keep what is open, then open the fund again.</source>
            <translation>La base de datos del fondo “%1” se eliminó, se movió o se reemplazó mientras FundDesk la tenía abierta. Ya no se guardará nada en ella: haga ahora una copia de seguridad para conservar lo que está abierto y, después, vuelva a abrir el fondo.</translation>
        </message>
        <message>
            <source>The fund's database “%1” is read-only: FundDesk cannot save changes to it. Open it read-only, or make the file writable.</source>
            <translation>La base de datos del fondo “%1” es de solo lectura: FundDesk no puede guardar cambios en ella. Ábrala en modo de solo lectura o permita la escritura en el archivo.</translation>
        </message>
        <message>
            <source>%1 on %2, process %3, since %4 UTC</source>
            <extracomment>who holds a fund open: %1 user name, %2 computer name, %3 process number, %4 date and time</extracomment>
            <translation>%1 en %2, proceso %3, desde %4 UTC</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>“%1” is already open for changes in another FundDesk (%2). Close it there first, or open the fund read-only.</source>
            <extracomment>%1 the fund's file, %2 who has it open (user, computer, process, since when)</extracomment>
            <translation>“%1” ya está abierto para modificaciones en otra instancia de FundDesk (%2). Ciérrelo primero allí o abra el fondo en modo de solo lectura.</translation>
        </message>
        <message>
            <source>FundDesk could not write its lock file beside “%1”. Check that the folder is writable and the disk is not full, or open the fund read-only.</source>
            <translation>FundDesk no pudo escribir su archivo de bloqueo junto a “%1”. Compruebe que se pueda escribir en la carpeta y que el disco no esté lleno, o abra el fondo en modo de solo lectura.</translation>
        </message>
        <message>
            <source>This receipt comes with conditions. Confirm for the whole file that no condition restricts the money to specific activities (no earmarking, ¶19), or record this receipt in the contribution form.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>Este ingreso está sujeto a condiciones. Confirme para todo el archivo que ninguna condición restringe el dinero a actividades concretas (sin asignación a fines específicos, ¶19) o registre este ingreso en el formulario de contribución.</translation>
        </message>
        <message>
            <source>%1 is not a State of this kind. Write %2 in donor_kind.</source>
            <extracomment>%1 is a country code such as FRA, %2 the right donor_kind value</extracomment>
            <translation>%1 no es un Estado de esta categoría. Escriba %2 en donor_kind.</translation>
        </message>
        <message>
            <source>The UN's due diligence declined %1, so the fund cannot accept its money (¶14). Remove the row.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>El proceso de diligencia debida de las Naciones Unidas denegó a %1, por lo que el fondo no puede aceptar su dinero (¶14). Elimine la fila.</translation>
        </message>
        <message>
            <source>%1 has not been cleared by the UN's due diligence, so its money cannot be recorded as received (¶14). Record the clearance on the donor first, or import the row as a pledge.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>%1 no ha sido aprobado por el proceso de diligencia debida de las Naciones Unidas, por lo que su dinero no puede registrarse como recibido (¶14). Registre primero la aprobación en el donante o importe la fila como promesa de contribución.</translation>
        </message>
        <message>
            <source>A receipt cannot be dated in the future: %1 is after today, %2. Correct the date, or import the row as a pledge.</source>
            <extracomment>%1 and %2 are dates such as 2026-03-31</extracomment>
            <translation>Un ingreso no puede tener una fecha futura: %1 es posterior a hoy, %2. Corrija la fecha o importe la fila como promesa de contribución.</translation>
        </message>
        <message>
            <source>The year %1 is closed, so nothing dated in it can be recorded. Correct the date, or reopen the year first.</source>
            <extracomment>%1 is a year such as 2025</extracomment>
            <translation>El ejercicio %1 está cerrado, por lo que no puede registrarse nada con fecha de ese ejercicio. Corrija la fecha o reabra primero el ejercicio.</translation>
        </message>
        <message>
            <source>The amount is in US dollars, so its usd_rate must be empty, not “%1”.</source>
            <extracomment>%1 is what the file holds as a rate</extracomment>
            <translation>El importe está en dólares de los Estados Unidos, por lo que su usd_rate debe estar vacío, no “%1”.</translation>
        </message>
        <message>
            <source>The usd_rate column is empty. Write how many US dollars one %1 was worth on the day, such as 1.0825.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>La columna usd_rate está vacía. Escriba cuántos dólares de los Estados Unidos valía un %1 en la fecha, por ejemplo 1.0825.</translation>
        </message>
        <message>
            <source>“%1” is not an exchange rate. Write US dollars per unit with a dot and at most 9 decimals, such as 1.0825.</source>
            <extracomment>%1 is what the file holds as a rate</extracomment>
            <translation>“%1” no es un tipo de cambio. Escriba los dólares de los Estados Unidos por unidad con un punto decimal y un máximo de 9 decimales, por ejemplo 1.0825.</translation>
        </message>
        <message>
            <source>This row repeats line %1: the reference “%2” is used twice. Remove the repeated row, or correct the reference.</source>
            <extracomment>%1 is a line number, %2 an activity's reference such as CB-2026-014
----------
%1 is a line number, %2 a contribution's reference</extracomment>
            <translation>Esta fila repite la línea %1: la referencia “%2” se utiliza dos veces. Elimine la fila repetida o corrija la referencia.</translation>
        </message>
        <message>
            <source>The fund already has a contribution with the reference “%1”. Remove the row if it was imported before, or correct the reference.</source>
            <extracomment>%1 is a contribution's reference</extracomment>
            <translation>El fondo ya tiene una contribución con la referencia “%1”. Elimine la fila si ya se importó anteriormente o corrija la referencia.</translation>
        </message>
        <message>
            <source>This row repeats line %1: same date, donor, type and amount. Remove the repeated row, or give each its reference to tell them apart.</source>
            <extracomment>%1 is a line number</extracomment>
            <translation>Esta fila repite la línea %1: misma fecha, donante, tipo e importe. Elimine la fila repetida o asigne a cada una su referencia para distinguirlas.</translation>
        </message>
        <message>
            <source>The fund already has a contribution of this donor with the same date, type and amount. Remove the row if it was imported before, or give it a reference to tell the two apart.</source>
            <translation>El fondo ya tiene una contribución de este donante con la misma fecha, tipo e importe. Elimine la fila si ya se importó anteriormente o asígnele una referencia para distinguir ambas.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>Se canceló la importación; no se escribió nada.</translation>
        </message>
        <message>
            <source>The file is empty. Choose a CSV file with a header line and at least one row, or write a template first.</source>
            <translation>El archivo está vacío. Elija un archivo CSV con una línea de encabezado y al menos una fila, o escriba primero una plantilla.</translation>
        </message>
        <message>
            <source>Line %1: a field is longer than %2 characters. Check that the quotes of the field are closed.</source>
            <extracomment>%1 is a line number, %2 a number of characters</extracomment>
            <translation>Línea %1: un campo tiene más de %2 caracteres. Compruebe que las comillas del campo estén cerradas.</translation>
        </message>
        <message>
            <source>Line %1 has more than %2 fields. Check that the file is a CSV export of a table.</source>
            <extracomment>%1 is a line number, %2 a number of fields</extracomment>
            <translation>La línea %1 tiene más de %2 campos. Compruebe que el archivo sea una exportación CSV de una tabla.</translation>
        </message>
        <message>
            <source>Line %1: a field holds a double quote but does not start with one. Put the field in quotes and double the quote inside it ("").</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>Línea %1: un campo contiene comillas dobles, pero no empieza por ellas. Ponga el campo entre comillas y duplique las comillas que contiene ("").</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is never closed. Add the closing double quote.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>Línea %1: un campo entre comillas no se cierra nunca. Añada las comillas dobles de cierre.</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is followed by other text before the next separator. Put the whole field in quotes, or remove the text after the closing quote.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>Línea %1: un campo entre comillas va seguido de otro texto antes del siguiente separador. Ponga todo el campo entre comillas o elimine el texto que sigue a las comillas de cierre.</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB. Split it into smaller files.</source>
            <extracomment>%1 is a size in megabytes</extracomment>
            <translation>El archivo ocupa más de %1 MB. Divídalo en archivos más pequeños.</translation>
        </message>
        <message>
            <source>The file holds binary data (a NUL byte on line %1), so it is not a CSV text file. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>El archivo contiene datos binarios (un byte NUL en la línea %1), por lo que no es un archivo de texto CSV. Guarde la tabla como “CSV UTF-8” y elija ese archivo.</translation>
        </message>
        <message>
            <source>Line %1 is not valid UTF-8 text. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>La línea %1 no es texto UTF-8 válido. Guarde la tabla como “CSV UTF-8” y elija ese archivo.</translation>
        </message>
        <message>
            <source>Line %1 holds a control character (%2), so the file is not a CSV text file. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number, %2 a character code such as U+0007</extracomment>
            <translation>La línea %1 contiene un carácter de control (%2), por lo que el archivo no es un archivo de texto CSV. Guarde la tabla como “CSV UTF-8” y elija ese archivo.</translation>
        </message>
        <message>
            <source>The file “%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>No se pudo abrir el archivo “%1”. Compruebe el nombre y que usted tenga permiso para leerlo.</translation>
        </message>
        <message>
            <source>This row repeats the donor of line %1 (%2). Remove one of the rows.</source>
            <extracomment>%1 is a line number, %2 a donor's name or a country code</extracomment>
            <translation>Esta fila repite el donante de la línea %1 (%2). Elimine una de las filas.</translation>
        </message>
        <message>
            <source>The fund already has the donor %1. Remove the row; edit the donor in FundDesk to change it.</source>
            <extracomment>%1 is a donor's name or a country code</extracomment>
            <translation>El fondo ya tiene el donante %1. Elimine la fila; para modificar el donante, edítelo en FundDesk.</translation>
        </message>
        <message>
            <source>A donor of the kind %1 needs no due-diligence clearance. Write not_required, or leave the column empty.</source>
            <extracomment>%1 is a donor_kind value such as member_state</extracomment>
            <translation>Un donante de la categoría %1 no necesita aprobación de diligencia debida. Escriba not_required o deje la columna vacía.</translation>
        </message>
        <message>
            <source>A non-governmental donor needs the UN's due-diligence clearance (¶14). Write pending, cleared or declined.</source>
            <extracomment>¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>Un donante no gubernamental necesita la aprobación de diligencia debida de las Naciones Unidas (¶14). Escriba pending, cleared o declined.</translation>
        </message>
        <message>
            <source>Write the date of the due-diligence decision as YYYY-MM-DD.</source>
            <translation>Escriba la fecha de la decisión de diligencia debida en formato YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>The file has a header but no rows. Add the records below the header line.</source>
            <translation>El archivo tiene un encabezado, pero ninguna fila. Añada los registros debajo de la línea de encabezado.</translation>
        </message>
        <message numerus="yes">
            <source>The file has %n problem(s), so nothing was imported. Correct them and import the file again.</source>
            <extracomment>%n is the number of problems found in the file</extracomment>
            <translation>
                <numerusform>El archivo tiene %n problema, por lo que no se importó nada. Corríjalo y vuelva a importar el archivo.</numerusform>
                <numerusform>El archivo tiene %n problemas, por lo que no se importó nada. Corríjalos y vuelva a importar el archivo.</numerusform>
            </translation>
        </message>
        <message>
            <source>The column “%1” is not one FundDesk knows. Rename or remove it; the columns are: %2.</source>
            <extracomment>%1 is a column name found in the file, %2 the list of the expected columns</extracomment>
            <translation>FundDesk no reconoce la columna “%1”. Cámbiele el nombre o elimínela; las columnas son: %2.</translation>
        </message>
        <message>
            <source>The column “%1” appears twice. Remove one of them.</source>
            <extracomment>%1 is a column name</extracomment>
            <translation>La columna “%1” aparece dos veces. Elimine una de ellas.</translation>
        </message>
        <message>
            <source>The column “%1” is missing. Add it to the header line; the columns are: %2.</source>
            <extracomment>%1 is a column name, %2 the list of the expected columns</extracomment>
            <translation>Falta la columna “%1”. Añádala a la línea de encabezado; las columnas son: %2.</translation>
        </message>
        <message>
            <source>Donors</source>
            <translation>Donantes</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>Contribuciones</translation>
        </message>
        <message>
            <source>Sponsorship applications</source>
            <extracomment>sponsorship applications of delegates, as a kind of CSV file</extracomment>
            <translation>Solicitudes de patrocinio</translation>
        </message>
        <message>
            <source>Activity applications</source>
            <extracomment>capacity-building activity applications, as a kind of CSV file</extracomment>
            <translation>Solicitudes de actividades</translation>
        </message>
        <message>
            <source>This row has %1 fields but the header has %2. Check the separators and quotes of the row.</source>
            <translation>Esta fila tiene %1 campos, pero el encabezado tiene %2. Compruebe los separadores y las comillas de la fila.</translation>
        </message>
        <message>
            <source>The “%1” column is empty. Fill it in.</source>
            <extracomment>%1 is a column name of a CSV file</extracomment>
            <translation>La columna “%1” está vacía. Rellénela.</translation>
        </message>
        <message>
            <source>The “%1” column is %2 characters long. Shorten it to at most %3.</source>
            <extracomment>%1 is a column name, %2 and %3 counts of characters</extracomment>
            <translation>La columna “%1” tiene %2 caracteres. Acórtela a %3 como máximo.</translation>
        </message>
        <message>
            <source>“%1” is not a date. Write dates as YYYY-MM-DD, such as 2026-03-31.</source>
            <extracomment>%1 is what the file holds instead of a date</extracomment>
            <translation>“%1” no es una fecha. Escriba las fechas en formato YYYY-MM-DD, por ejemplo 2026-03-31.</translation>
        </message>
        <message>
            <source>“%1” is not a value of the “%2” column. Write one of: %3.</source>
            <extracomment>%1 is what the file holds, %2 the column name, %3 the list of allowed words</extracomment>
            <translation>“%1” no es un valor de la columna “%2”. Escriba uno de los siguientes: %3.</translation>
        </message>
        <message>
            <source>“%1” is not an ISO 4217 currency code. Write a code such as USD, EUR or JPY.</source>
            <extracomment>%1 is what the file holds instead of a currency code</extracomment>
            <translation>“%1” no es un código de moneda ISO 4217. Escriba un código como USD, EUR o JPY.</translation>
        </message>
        <message>
            <source>“%1” is not an amount above zero in %2. Write a number with a dot and no thousands separator, such as 250000.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>“%1” no es un importe superior a cero en %2. Escriba un número con un punto decimal y sin separador de miles, por ejemplo 250000.00.</translation>
        </message>
        <message>
            <source>The “%1” column is empty. Write the ISO 3166 alpha-3 code of the State, such as FRA.</source>
            <extracomment>%1 is a column name of a CSV file</extracomment>
            <translation>La columna “%1” está vacía. Escriba el código ISO 3166 alfa-3 del Estado, por ejemplo FRA.</translation>
        </message>
        <message>
            <source>“%1” is not the code of a State of the reference list. Write the ISO 3166 alpha-3 code, such as FRA or KEN.</source>
            <extracomment>%1 is what the file holds instead of a country code</extracomment>
            <translation>“%1” no es el código de un Estado de la lista de referencia. Escriba el código ISO 3166 alfa-3, por ejemplo FRA o KEN.</translation>
        </message>
        <message>
            <source>Application summary</source>
            <translation>Resumen de la solicitud</translation>
        </message>
        <message>
            <source>Applicant State</source>
            <translation>Estado solicitante</translation>
        </message>
        <message>
            <source>Co-applicants</source>
            <translation>Cosolicitantes</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>column of the key figures table: a remark such as the operational status</extracomment>
            <translation>Situación</translation>
        </message>
        <message>
            <source>Co-funding</source>
            <translation>Cofinanciación</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>Expected outputs</source>
            <translation>Productos previstos</translation>
        </message>
        <message>
            <source>Needs assessment (¶25a)</source>
            <translation>Evaluación de las necesidades (¶25a)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 a heading such as "Objectives", %2 the applicant's text</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Focus areas and partners</source>
            <translation>Ámbitos prioritarios y asociados</translation>
        </message>
        <message>
            <source>¶26</source>
            <translation>¶26</translation>
        </message>
        <message>
            <source>Focus area</source>
            <extracomment>column: a ¶26 focus area, such as "(c) incident response"</extracomment>
            <translation>Ámbito prioritario</translation>
        </message>
        <message>
            <source>No implementing partner is named (¶24).</source>
            <translation>No se indica ningún asociado en la ejecución (¶24).</translation>
        </message>
        <message>
            <source>Implementing partner</source>
            <translation>Asociado en la ejecución</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Review scores (¶25)</source>
            <translation>Puntuaciones de la evaluación (¶25)</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>Ponderada</translation>
        </message>
        <message>
            <source>Declaration</source>
            <translation>Declaración</translation>
        </message>
        <message>
            <source>Recused: conflict of interest (%1)</source>
            <translation>Inhibido: conflicto de intereses (%1)</translation>
        </message>
        <message>
            <source>No conflict</source>
            <translation>Sin conflicto</translation>
        </message>
        <message>
            <source>Not scored yet</source>
            <translation>Aún sin puntuar</translation>
        </message>
        <message>
            <source>Aggregate score (0–5)</source>
            <translation>Puntuación global (0–5)</translation>
        </message>
        <message>
            <source>Reviewers who scored</source>
            <translation>Evaluadores que puntuaron</translation>
        </message>
        <message>
            <source>Reviewers recused</source>
            <translation>Evaluadores inhibidos</translation>
        </message>
        <message>
            <source>Budget by year</source>
            <translation>Presupuesto por año</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Amount requested</source>
            <translation>Importe solicitado</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Governance consultation (¶18)</source>
            <translation>Consulta a la estructura de gobernanza (¶18)</translation>
        </message>
        <message>
            <source>The governance structure has not been consulted on this application yet.</source>
            <translation>Aún no se ha consultado a la estructura de gobernanza sobre esta solicitud.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Opinión</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building</source>
            <translation>Fondo de Contribuciones Voluntarias de las Naciones Unidas para la Creación de Capacidad en Seguridad de las TIC</translation>
        </message>
        <message>
            <source>Annual report to donors, %1 (¶27)</source>
            <extracomment>%1 a year</extracomment>
            <translation>Informe anual a los donantes, %1 (¶27)</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <extracomment>page footer, %1 this page, %2 the number of pages</extracomment>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>Made %1 UTC · record SHA-256 %2</source>
            <extracomment>document footer: %1 date and time made (UTC), %2 the SHA-256 of the record shown</extracomment>
            <translation>Generado el %1 UTC · SHA-256 del registro: %2</translation>
        </message>
        <message>
            <source>Contributions received</source>
            <translation>Contribuciones recibidas</translation>
        </message>
        <message>
            <source>Contributions received in the year, by donor. Donors who asked for anonymity are shown as such; those who asked not to be published are counted only in one aggregate line (¶17).</source>
            <translation>Contribuciones recibidas en el año, por donante. Los donantes que solicitaron el anonimato figuran como tales; los que pidieron no ser publicados solo se computan en una línea agregada (¶17).</translation>
        </message>
        <message>
            <source>Contributions by donor (USD)</source>
            <translation>Contribuciones por donante (USD)</translation>
        </message>
        <message>
            <source>Sponsorship of representatives and experts</source>
            <translation>Patrocinio de representantes y expertos</translation>
        </message>
        <message>
            <source>Delegates sponsored</source>
            <translation>Delegados patrocinados</translation>
        </message>
        <message>
            <source>Of whom women</source>
            <translation>De ellos, mujeres</translation>
        </message>
        <message>
            <source>Share of women</source>
            <translation>Proporción de mujeres</translation>
        </message>
        <message>
            <source>Delegates</source>
            <translation>Delegados</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <source>Priority group (¶22)</source>
            <translation>Grupo prioritario (¶22)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Approved (USD)</source>
            <translation>Aprobado (USD)</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Capacity-building activities funded and their results</source>
            <translation>Actividades de creación de capacidad financiadas y sus resultados</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>USD</source>
            <translation>USD</translation>
        </message>
        <message>
            <source>Opening balance, 1 January</source>
            <translation>Saldo inicial al 1 de enero</translation>
        </message>
        <message>
            <source>Other income</source>
            <extracomment>income other than contributions, such as interest; none is recorded</extracomment>
            <translation>Otros ingresos</translation>
        </message>
        <message>
            <source>Disbursed for sponsorships of delegates</source>
            <translation>Desembolsado para patrocinios de delegados</translation>
        </message>
        <message>
            <source>Disbursed for capacity-building activities</source>
            <translation>Desembolsado para actividades de creación de capacidad</translation>
        </message>
        <message>
            <source>Staff costs charged to contributions (¶15)</source>
            <translation>Gastos de personal con cargo a las contribuciones (¶15)</translation>
        </message>
        <message>
            <source>Closing balance, 31 December</source>
            <translation>Saldo final al 31 de diciembre</translation>
        </message>
        <message>
            <source>Disbursed (USD)</source>
            <translation>Desembolsado (USD)</translation>
        </message>
        <message>
            <source>Disbursements by region (USD)</source>
            <translation>Desembolsos por región (USD)</translation>
        </message>
        <message>
            <source>Source and use of funds</source>
            <translation>Origen y utilización de los fondos</translation>
        </message>
        <message>
            <source>In aggregate, in USD. The fund's two posts are charged to voluntary contributions (¶15).</source>
            <translation>En cifras agregadas, en USD. Los dos puestos del fondo se sufragan con cargo a las contribuciones voluntarias (¶15).</translation>
        </message>
        <message>
            <source>In aggregate, in USD. The fund's two posts are paid from the regular budget, so contributions went only to sponsorships and activities (¶15).</source>
            <translation>En cifras agregadas, en USD. Los dos puestos del fondo se sufragan con cargo al presupuesto ordinario, por lo que las contribuciones se destinaron únicamente a patrocinios y actividades (¶15).</translation>
        </message>
        <message>
            <source>Applications by status, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Solicitudes por situación, %1</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clave</translation>
        </message>
        <message>
            <source>Sponsorships</source>
            <translation>Patrocinios</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Actividades</translation>
        </message>
        <message>
            <source>No activity or sponsorship has the reference “%1”. Give an activity's reference such as CB-2026-014, or SP- and a sponsorship's number such as SP-12.</source>
            <translation>Ninguna actividad ni ningún patrocinio tiene la referencia “%1”. Indique la referencia de una actividad, como CB-2026-014, o SP- seguido del número de un patrocinio, como SP-12.</translation>
        </message>
        <message>
            <source>Approval packet: activity %1</source>
            <extracomment>%1 an activity's reference</extracomment>
            <translation>Expediente de aprobación: actividad %1</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Approval packet: sponsorship %1</source>
            <extracomment>%1 a sponsorship's reference such as SP-12</extracomment>
            <translation>Expediente de aprobación: patrocinio %1</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Solicitante</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <extracomment>%1 sponsorship reference, %2 delegate's name, %3 State</extracomment>
            <translation>%1 — %2, %3</translation>
        </message>
        <message>
            <source>The slate</source>
            <translation>La lista</translation>
        </message>
        <message numerus="yes">
            <source>%n delegate(s) recommended or approved for this meeting.</source>
            <translation>
                <numerusform>%n delegado recomendado o aprobado para esta reunión.</numerusform>
                <numerusform>%n delegados recomendados o aprobados para esta reunión.</numerusform>
            </translation>
        </message>
        <message>
            <source>Approval packet: slate for %1</source>
            <extracomment>%1 a meeting's reference</extracomment>
            <translation>Expediente de aprobación: lista de %1</translation>
        </message>
        <message>
            <source>Meeting</source>
            <extracomment>%1 meeting reference, %2 its name, %3 its city</extracomment>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <source>Contributions by kind of donor, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Contribuciones por categoría de donante, %1</translation>
        </message>
        <message>
            <source>Kind of donor</source>
            <translation>Categoría de donante</translation>
        </message>
        <message>
            <source>Received (USD)</source>
            <translation>Recibido (USD)</translation>
        </message>
        <message>
            <source>Pledged (USD)</source>
            <translation>Prometido (USD)</translation>
        </message>
        <message>
            <source>Contributions by donor, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Contribuciones por donante, %1</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>Donante</translation>
        </message>
        <message>
            <source>Key figures of the year (¶16)</source>
            <translation>Cifras clave del año (¶16)</translation>
        </message>
        <message>
            <source>Fund size month by month against USD 2M / 5M and the threshold</source>
            <translation>Tamaño del fondo mes a mes en comparación con 2 y 5 millones de USD y el umbral</translation>
        </message>
        <message>
            <source>Fund size year by year against USD 2M / 5M and the threshold</source>
            <translation>Tamaño del fondo año a año en comparación con 2 y 5 millones de USD y el umbral</translation>
        </message>
        <message>
            <source>Seats, activities and months the money buys, beside ¶20</source>
            <translation>Plazas, actividades y meses que permite financiar el dinero, en comparación con el ¶20</translation>
        </message>
        <message>
            <source>Disbursements and commitments by M49 region</source>
            <translation>Desembolsos y compromisos por región M49</translation>
        </message>
        <message>
            <source>Disbursements and commitments by UN regional group</source>
            <translation>Desembolsos y compromisos por grupo regional de las Naciones Unidas</translation>
        </message>
        <message>
            <source>Receipts and pledges by kind of donor</source>
            <translation>Ingresos y promesas de contribución por categoría de donante</translation>
        </message>
        <message>
            <source>Receipts and pledges by donor</source>
            <translation>Ingresos y promesas de contribución por donante</translation>
        </message>
        <message>
            <source>Share of women among sponsored delegates, per meeting</source>
            <translation>Proporción de mujeres entre los delegados patrocinados, por reunión</translation>
        </message>
        <message>
            <source>Sponsorship and activity applications by status</source>
            <translation>Solicitudes de patrocinio y de actividades por situación</translation>
        </message>
        <message>
            <source>Activity funding by ¶26 focus area</source>
            <translation>Financiación de actividades por ámbito prioritario del ¶26</translation>
        </message>
        <message>
            <source>Sponsored delegates from LDC, LLDC and SIDS</source>
            <translation>Delegados patrocinados de PMA, PDSL y PEID</translation>
        </message>
        <message>
            <source>Activity funding by focus area, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Financiación de actividades por ámbito prioritario, %1</translation>
        </message>
        <message>
            <source>Funding (USD)</source>
            <translation>Financiación (USD)</translation>
        </message>
        <message>
            <source>Fund size through %1 against the ¶20 scenarios</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Tamaño del fondo hasta %1 en comparación con los escenarios del ¶20</translation>
        </message>
        <message>
            <source>Month</source>
            <extracomment>column of the fund size table: the month, as YYYY-MM</extracomment>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Fund size by year, %1–%2, against the ¶20 scenarios</source>
            <extracomment>%1 and %2 are years</extracomment>
            <translation>Tamaño del fondo por año, %1–%2, en comparación con los escenarios del ¶20</translation>
        </message>
        <message>
            <source>Received + outstanding pledges (USD)</source>
            <extracomment>receipts plus pledges not yet paid, in US dollars</extracomment>
            <translation>Recibido + promesas pendientes (USD)</translation>
        </message>
        <message>
            <source>Small scale, USD 2M</source>
            <extracomment>¶20 reference line: USD 2 million a year</extracomment>
            <translation>Escala reducida, 2 millones de USD</translation>
        </message>
        <message>
            <source>Medium scale, USD 5M</source>
            <extracomment>¶20 reference line: USD 5 million a year</extracomment>
            <translation>Escala media, 5 millones de USD</translation>
        </message>
        <message>
            <source>Operational threshold (USD)</source>
            <translation>Umbral operativo (USD)</translation>
        </message>
        <message>
            <source>Key figures, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Cifras clave, %1</translation>
        </message>
        <message>
            <source>Figure</source>
            <extracomment>column of the key figures table: the name of a figure</extracomment>
            <translation>Cifra</translation>
        </message>
        <message>
            <source>Amount (USD)</source>
            <translation>Importe (USD)</translation>
        </message>
        <message>
            <source>Received in %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Recibido en %1</translation>
        </message>
        <message>
            <source>Received, all years</source>
            <translation>Recibido, todos los años</translation>
        </message>
        <message>
            <source>Pledged, outstanding</source>
            <translation>Prometido, pendiente</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>Comprometido</translation>
        </message>
        <message>
            <source>Disbursed</source>
            <translation>Desembolsado</translation>
        </message>
        <message>
            <source>Staff costs charged to contributions</source>
            <translation>Gastos de personal con cargo a las contribuciones</translation>
        </message>
        <message>
            <source>Available for programmes</source>
            <translation>Disponible para programas</translation>
        </message>
        <message>
            <source>Operational threshold</source>
            <translation>Umbral operativo</translation>
        </message>
        <message>
            <source>Missing to the threshold</source>
            <translation>Falta para alcanzar el umbral</translation>
        </message>
        <message>
            <source>No threshold set</source>
            <translation>Umbral no fijado</translation>
        </message>
        <message>
            <source>Operational</source>
            <extracomment>the fund's status under ¶16</extracomment>
            <translation>Operativo</translation>
        </message>
        <message>
            <source>Not yet operational</source>
            <translation>Aún no operativo</translation>
        </message>
        <message>
            <source>Operational status</source>
            <extracomment>key figure: whether the fund is operational (¶16)</extracomment>
            <translation>Situación operativa</translation>
        </message>
        <message>
            <source>Not known</source>
            <extracomment>a ¶21 criterion not assessed yet</extracomment>
            <translation>Sin determinar</translation>
        </message>
        <message>
            <source>Met</source>
            <extracomment>a ¶21 criterion is met / not met</extracomment>
            <translation>Se cumple</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>No se cumple</translation>
        </message>
        <message>
            <source>Available balance</source>
            <translation>Saldo disponible</translation>
        </message>
        <message>
            <source>Available before this item</source>
            <translation>Disponible antes de este elemento</translation>
        </message>
        <message>
            <source>Amount committed</source>
            <translation>Importe comprometido</translation>
        </message>
        <message>
            <source>Amount to commit</source>
            <translation>Importe que se va a comprometer</translation>
        </message>
        <message>
            <source>Available after this item</source>
            <translation>Disponible después de este elemento</translation>
        </message>
        <message>
            <source>The fund's available balance does not cover this item.</source>
            <translation>El saldo disponible del fondo no cubre este elemento.</translation>
        </message>
        <message>
            <source>Fund manager's recommendation</source>
            <translation>Recomendación del administrador del fondo</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Justification: %1</source>
            <translation>Justificación: %1</translation>
        </message>
        <message>
            <source>The fund manager has not made a recommendation yet.</source>
            <translation>El administrador del fondo aún no ha formulado una recomendación.</translation>
        </message>
        <message>
            <source>Workflow history</source>
            <translation>Historial de tramitación</translation>
        </message>
        <message>
            <source>No status change is recorded.</source>
            <translation>No se ha registrado ningún cambio de situación.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>A</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Decision of the High Representative for Disarmament Affairs</source>
            <translation>Decisión de la Alta Representante para Asuntos de Desarme</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Decision</source>
            <extracomment>two boxes to tick on the printed packet</extracomment>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>☐ Approve      ☐ Reject</source>
            <translation>☐ Aprobar      ☐ Rechazar</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Internal — contains personal data</source>
            <extracomment>on every page of an approval packet (¶11)</extracomment>
            <translation>Uso interno — contiene datos personales</translation>
        </message>
        <message>
            <source>Sponsored delegates from LDC, LLDC and SIDS, %1</source>
            <extracomment>%1 is a year; LDC, LLDC and SIDS are the ¶22 priority groups</extracomment>
            <translation>Delegados patrocinados de PMA, PDSL y PEID, %1</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Any of the three</source>
            <extracomment>row: delegates from a State in at least one of LDC, LLDC, SIDS</extracomment>
            <translation>Cualquiera de los tres</translation>
        </message>
        <message>
            <source>All sponsored delegates</source>
            <translation>Todos los delegados patrocinados</translation>
        </message>
        <message>
            <source>The donor asked not to be published (¶17): counted only in the aggregate line.</source>
            <translation>El donante pidió no ser publicado (¶17): solo se computa en la línea agregada.</translation>
        </message>
        <message>
            <source>Anonymous donor</source>
            <extracomment>how a donor who asked for anonymity appears in public outputs</extracomment>
            <translation>Donante anónimo</translation>
        </message>
        <message>
            <source>The donor asked for anonymity (¶17): the amount is shown, the name is not.</source>
            <translation>El donante solicitó el anonimato (¶17): se muestra el importe, pero no el nombre.</translation>
        </message>
        <message>
            <source>Other donors, not published at their request</source>
            <extracomment>one line adding up the contributions whose donors asked not to be published</extracomment>
            <translation>Otros donantes, no publicados a petición propia</translation>
        </message>
        <message>
            <source>Case</source>
            <extracomment>column: this fund, or one of the ¶20 scenarios</extracomment>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Funds (USD)</source>
            <extracomment>column: the available balance for the fund, the annual funding for a scenario</extracomment>
            <translation>Fondos (USD)</translation>
        </message>
        <message>
            <source>Cost per delegate (USD)</source>
            <translation>Costo por delegado (USD)</translation>
        </message>
        <message>
            <source>Delegate seats</source>
            <extracomment>column: delegate seats a year (delegates × sessions)</extracomment>
            <translation>Plazas de delegados</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Períodos de sesiones</translation>
        </message>
        <message>
            <source>Average activity cost (USD)</source>
            <translation>Costo medio por actividad (USD)</translation>
        </message>
        <message>
            <source>Spending a month (USD)</source>
            <translation>Gasto mensual (USD)</translation>
        </message>
        <message>
            <source>Months covered</source>
            <translation>Meses cubiertos</translation>
        </message>
        <message>
            <source>¶20 says</source>
            <extracomment>column: what ¶20 of the report says for this scale</extracomment>
            <translation>Según el ¶20</translation>
        </message>
        <message>
            <source>This fund, available at the end of %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Este fondo, disponible al final de %1</translation>
        </message>
        <message>
            <source>What the money buys, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Lo que permite financiar el dinero, %1</translation>
        </message>
        <message>
            <source>USD 2 million: 10 delegates twice a year; 1–3 activities</source>
            <translation>2 millones de USD: 10 delegados dos veces al año; de 1 a 3 actividades</translation>
        </message>
        <message>
            <source>USD 5 million: 20 delegates twice a year; up to 10 activities, multi-year commitments possible</source>
            <translation>5 millones de USD: 20 delegados dos veces al año; hasta 10 actividades, con posibilidad de compromisos plurianuales</translation>
        </message>
        <message>
            <source>Scenarios compared</source>
            <translation>Comparación de escenarios</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Escenario</translation>
        </message>
        <message>
            <source>Annual funding (USD)</source>
            <translation>Financiación anual (USD)</translation>
        </message>
        <message>
            <source>Staff costs (USD)</source>
            <extracomment>column: staff costs charged to contributions in a scenario</extracomment>
            <translation>Gastos de personal (USD)</translation>
        </message>
        <message>
            <source>Sessions a year</source>
            <translation>Períodos de sesiones al año</translation>
        </message>
        <message>
            <source>Unallocated (USD)</source>
            <translation>Sin asignar (USD)</translation>
        </message>
        <message>
            <source>Spending by region, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Gastos por región, %1</translation>
        </message>
        <message>
            <source>Spending by UN regional group, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Gastos por grupo regional de las Naciones Unidas, %1</translation>
        </message>
        <message>
            <source>Committed (USD)</source>
            <translation>Comprometido (USD)</translation>
        </message>
        <message>
            <source>Spending in %1, %2</source>
            <extracomment>%1 is a region or regional group, %2 a year</extracomment>
            <translation>Gastos en %1, %2</translation>
        </message>
        <message>
            <source>Record</source>
            <extracomment>column: disbursement or commitment</extracomment>
            <translation>Registro</translation>
        </message>
        <message>
            <source>For</source>
            <extracomment>column: sponsorship or activity</extracomment>
            <translation>Para</translation>
        </message>
        <message>
            <source>Disbursement</source>
            <translation>Desembolso</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Compromiso</translation>
        </message>
        <message>
            <source>Sponsorship</source>
            <translation>Patrocinio</translation>
        </message>
        <message>
            <source>Governance consultation</source>
            <translation>Consulta a la estructura de gobernanza</translation>
        </message>
        <message>
            <source>Sponsorships are selected by the fund manager against the criteria announced with the call (¶18, ¶22); no consultation of the governance structure is recorded for them.</source>
            <translation>Los patrocinios los selecciona el administrador del fondo con arreglo a los criterios anunciados en la convocatoria (¶18, ¶22); para ellos no se registra ninguna consulta a la estructura de gobernanza.</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>No indicado</translation>
        </message>
        <message>
            <source>Ministry or agency</source>
            <translation>Ministerio u organismo</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Último día</translation>
        </message>
        <message>
            <source>Reviewer's score (0–100)</source>
            <translation>Puntuación del evaluador (0–100)</translation>
        </message>
        <message>
            <source>Eligibility checklist (¶21)</source>
            <translation>Lista de verificación de la admisibilidad (¶21)</translation>
        </message>
        <message>
            <source>¶</source>
            <translation>¶</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condición</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>Capital-based official</source>
            <translation>Funcionario con sede en la capital</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Nominating letter received</source>
            <translation>Carta de designación recibida</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Estimated from the meeting's norms</source>
            <extracomment>airfare, subsistence allowance and terminal expenses</extracomment>
            <translation>Estimado según las normas de la reunión</translation>
        </message>
        <message>
            <source>Fund manager's figure: %1</source>
            <translation>Cifra del administrador del fondo: %1</translation>
        </message>
        <message>
            <source>Cost counted</source>
            <translation>Costo computado</translation>
        </message>
        <message>
            <source>Share of women among sponsored delegates, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Proporción de mujeres entre los delegados patrocinados, %1</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Hombres</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>gender: other or not stated</extracomment>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Women (%)</source>
            <translation>Mujeres (%)</translation>
        </message>
        <message>
            <source>Fund “%1”: %2 donors, %3 contributions, %4 activity applications with %5 reviews, %6 consultations, %7 meetings with %8 sponsorship applications, %9 reference States; %10 profiles, %11 status changes, %12 commitments, %13 disbursements, the year %14 closed.</source>
            <translation>Fondo “%1”: %2 donantes, %3 contribuciones, %4 solicitudes de actividades con %5 evaluaciones, %6 consultas, %7 reuniones con %8 solicitudes de patrocinio, %9 Estados de referencia; %10 perfiles, %11 cambios de situación, %12 compromisos, %13 desembolsos, ejercicio %14 cerrado.</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building (scale %1 demo)</source>
            <extracomment>%1 is a number: how many times the medium scale of the report (¶20) the demo is</extracomment>
            <translation>Fondo de Contribuciones Voluntarias de las Naciones Unidas para la Creación de Capacidad en Seguridad de las TIC (demostración a escala %1)</translation>
        </message>
        <message>
            <source>The fund has no reference States; open it with FundDesk first.</source>
            <translation>El fondo no tiene Estados de referencia; ábralo primero con FundDesk.</translation>
        </message>
        <message>
            <source>Scale %1 fund over %2 years: %3 donors, %4 contributions, %5 meetings, %6 sponsorship and %7 activity applications, %8 status changes, %9 commitments (%10 approvals refused for lack of funds), %11 disbursements, %12 audit entries; written in %13 ms, of which sealing the audit trail %14 ms.</source>
            <extracomment>%1 is the scale, %2 a number of years; the other numbers count records</extracomment>
            <translation>Fondo a escala %1 durante %2 años: %3 donantes, %4 contribuciones, %5 reuniones, %6 solicitudes de patrocinio y %7 de actividades, %8 cambios de situación, %9 compromisos (%10 aprobaciones denegadas por falta de fondos), %11 desembolsos, %12 entradas de auditoría; escrito en %13 ms, de los cuales %14 ms para sellar el registro de auditoría.</translation>
        </message>
        <message>
            <source>The scale must be a whole number from 1 to 1000.</source>
            <translation>La escala debe ser un número entero de 1 a 1000.</translation>
        </message>
        <message>
            <source>A scale fund is generated into a new, empty fund only.</source>
            <translation>Un fondo a escala solo puede generarse en un fondo nuevo y vacío.</translation>
        </message>
        <message>
            <source>Small scale (¶20)</source>
            <extracomment>name of the ¶20 small-scale scenario (USD 2 million a year)</extracomment>
            <translation>Escala reducida (¶20)</translation>
        </message>
        <message>
            <source>Medium scale (¶20)</source>
            <extracomment>name of the ¶20 medium-scale scenario (USD 5 million a year)</extracomment>
            <translation>Escala media (¶20)</translation>
        </message>
        <message>
            <source>Give the scenario a name, so you can find it again.</source>
            <translation>Asigne un nombre al escenario para poder encontrarlo de nuevo.</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: fails %1.</source>
            <extracomment>A note in an application's history; %1 lists the failed ¶21 criteria, separated by semicolons</extracomment>
            <translation>Nuevo examen conforme al ¶21: no cumple %1.</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: not every criterion is assessed yet.</source>
            <extracomment>A note in an application's history</extracomment>
            <translation>Nuevo examen conforme al ¶21: aún no se han evaluado todos los criterios.</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: meets every criterion.</source>
            <extracomment>A note in an application's history</extracomment>
            <translation>Nuevo examen conforme al ¶21: cumple todos los criterios.</translation>
        </message>
        <message>
            <source>Choose your profile before changing the ¶21 criteria: the new screening moves the application from “%1” to “%2”, and its history records who made the change.</source>
            <extracomment>%1 and %2 are statuses of an application</extracomment>
            <translation>Elija su perfil antes de cambiar los criterios del ¶21: el nuevo examen pasa la solicitud de «%1» a «%2», y su historial registra quién hizo el cambio.</translation>
        </message>
        <message>
            <source>Checking the audit trail was cancelled.</source>
            <translation>Se canceló la comprobación del registro de auditoría.</translation>
        </message>
        <message>
            <source>Opening the fund was cancelled; the file was not changed.</source>
            <translation>Se canceló la apertura del fondo; el archivo no se modificó.</translation>
        </message>
        <message>
            <source>“%1” is not the code of a State of the reference list. Write ISO 3166 alpha-3 codes separated by spaces, such as KEN UGA.</source>
            <extracomment>%1 is what the file holds instead of a country code</extracomment>
            <translation>“%1” no es el código de un Estado de la lista de referencia. Escriba códigos ISO 3166 alfa-3 separados por espacios, por ejemplo KEN UGA.</translation>
        </message>
        <message>
            <source>“%1” is not a partner. Write each as kind:name, separated by semicolons, such as “academic:University of Nairobi”; the kinds are: %2.</source>
            <extracomment>%1 is what the file holds, %2 the list of partner kinds</extracomment>
            <translation>“%1” no es un asociado. Escriba cada uno como tipo:nombre, separados por punto y coma, por ejemplo “academic:University of Nairobi”; los tipos son: %2.</translation>
        </message>
        <message>
            <source>The “requested” column is empty. Write the amount of each year as year:amount, such as 2026:50000.00 2027:25000.00.</source>
            <translation>La columna “requested” está vacía. Escriba el importe de cada año como año:importe, por ejemplo 2026:50000.00 2027:25000.00.</translation>
        </message>
        <message>
            <source>“%1” is not a year and an amount in %2. Write each year as year:amount with a dot and no thousands separator, such as 2026:50000.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>“%1” no es un año y un importe en %2. Escriba cada año como año:importe con un punto decimal y sin separador de miles, por ejemplo 2026:50000.00.</translation>
        </message>
        <message>
            <source>“%1” is not a focus area of ¶26. Write keys separated by spaces, from: %2.</source>
            <extracomment>%1 is what the file holds, %2 the list of focus-area keys; ¶26 is a paragraph of the report that set up the fund</extracomment>
            <translation>“%1” no es un ámbito prioritario del ¶26. Escriba claves separadas por espacios, de entre las siguientes: %2.</translation>
        </message>
        <message>
            <source>The fund already has an activity application with the reference “%1”. Remove the row if it was imported before, or correct the reference.</source>
            <extracomment>%1 is an activity's reference such as CB-2026-014</extracomment>
            <translation>El fondo ya tiene una solicitud de actividad con la referencia “%1”. Elimine la fila si ya se importó anteriormente o corrija la referencia.</translation>
        </message>
        <message>
            <source>This row repeats line %1: same applicant, title and start. Remove the repeated row.</source>
            <extracomment>%1 is a line number</extracomment>
            <translation>Esta fila repite la línea %1: mismo solicitante, título e inicio. Elimine la fila repetida.</translation>
        </message>
        <message>
            <source>The fund already has an application of this State with the same title and start. Remove the row if it was imported before.</source>
            <translation>El fondo ya tiene una solicitud de este Estado con el mismo título e inicio. Elimine la fila si ya se importó anteriormente.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of a CSV file, %2 why its record was refused</extracomment>
            <translation>Línea %1: %2</translation>
        </message>
        <message>
            <source>“%1” is not an amount of zero or more in %2. Write a number with a dot and no thousands separator, such as 1850.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>“%1” no es un importe igual o superior a cero en %2. Escriba un número con un punto decimal y sin separador de miles, por ejemplo 1850.00.</translation>
        </message>
        <message>
            <source>The fund has no meeting with the reference “%1”. Correct the reference, or add the meeting first.</source>
            <extracomment>%1 is a meeting reference such as PM-2026-1</extracomment>
            <translation>El fondo no tiene ninguna reunión con la referencia “%1”. Corrija la referencia o añada primero la reunión.</translation>
        </message>
        <message>
            <source>There is a reason but no cost_override. Write the cost in USD, or leave both columns empty to use the meeting's norms.</source>
            <translation>Hay un motivo, pero no un cost_override. Escriba el costo en USD o deje ambas columnas vacías para aplicar las normas de la reunión.</translation>
        </message>
        <message>
            <source>Say in override_reason why the cost differs from the meeting's norms, such as “airfare only”.</source>
            <translation>Indique en override_reason por qué el costo difiere de las normas de la reunión, por ejemplo “solo pasaje aéreo”.</translation>
        </message>
        <message>
            <source>This row repeats line %1: %2 applies twice for the same meeting and State. Remove one of the rows.</source>
            <extracomment>%1 is a line number, %2 a person's name</extracomment>
            <translation>Esta fila repite la línea %1: %2 presenta dos solicitudes para la misma reunión y el mismo Estado. Elimine una de las filas.</translation>
        </message>
        <message>
            <source>The fund already has an application of %1 for this meeting and State. Remove the row if it was imported before.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>El fondo ya tiene una solicitud de %1 para esta reunión y este Estado. Elimine la fila si ya se importó anteriormente.</translation>
        </message>
        <message>
            <source>All other donors</source>
            <extracomment>the last bar of a chart that shows only the largest donors</extracomment>
            <translation>Todos los demás donantes</translation>
        </message>
        <message numerus="yes">
            <source>%n other donor(s)</source>
            <extracomment>the line of a chart that adds up the donors too small to get a bar of their own</extracomment>
            <translation>
                <numerusform>%n otro donante</numerusform>
                <numerusform>%n otros donantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This text is %1 characters long. Shorten it to at most %n characters.</source>
            <extracomment>%1 is the length of the text entered, such as 100000; %n the longest allowed</extracomment>
            <translation>
                <numerusform>Este texto tiene %1 caracteres. Acórtelo a %n carácter como máximo.</numerusform>
                <numerusform>Este texto tiene %1 caracteres. Acórtelo a %n caracteres como máximo.</numerusform>
            </translation>
        </message>
        <message>
            <source>The date %1 is after 31 December 2099. Check the year.</source>
            <extracomment>%1 is a date such as 2100-01-01</extracomment>
            <translation>La fecha %1 es posterior al 31 de diciembre de 2099. Compruebe el año.</translation>
        </message>
        <message>
            <source>%1 USD is beyond what a single entry of the fund can hold (at most %2 USD). Check the amount.</source>
            <extracomment>%1 is the amount entered in US dollars; %2 the largest allowed, such as 10000000000.00</extracomment>
            <translation>%1 USD supera lo que puede registrarse en una sola entrada del fondo (%2 USD como máximo). Compruebe el importe.</translation>
        </message>
        <message>
            <source>The year %1 is outside the years the fund keeps (%2 to %3).</source>
            <extracomment>%1 is the year entered; %2 and %3 the first and last years the fund keeps</extracomment>
            <translation>El año %1 está fuera de los años que abarca el fondo (de %2 a %3).</translation>
        </message>
        <message numerus="yes">
            <source>%n other donors</source>
            <extracomment>one line adding up the smaller donors of a long list; %n donors</extracomment>
            <translation>
                <numerusform>%n otro donante</numerusform>
                <numerusform>%n otros donantes</numerusform>
            </translation>
        </message>
        <message>
            <source>Disbursed in the year (USD)</source>
            <translation>Desembolsado en el año (USD)</translation>
        </message>
        <message numerus="yes">
            <source>%n other activities</source>
            <extracomment>one line adding up the activities a long annual report does not name; %n activities</extracomment>
            <translation>
                <numerusform>%n otra actividad</numerusform>
                <numerusform>%n otras actividades</numerusform>
            </translation>
        </message>
        <message>
            <source>Focus area (¶26)</source>
            <translation>Ámbito prioritario (¶26)</translation>
        </message>
        <message>
            <source>Region of the applicant</source>
            <translation>Región del solicitante</translation>
        </message>
        <message>
            <source>Activities approved, active or completed with an amount committed or disbursed in the year. The largest by amount disbursed in the year are listed by name.</source>
            <translation>Actividades aprobadas, en curso o finalizadas con un importe comprometido o desembolsado en el año. Las de mayor importe desembolsado en el año figuran por su nombre.</translation>
        </message>
        <message>
            <source>The same activities by focus area and by the applicant's region. An activity in several focus areas counts in each.</source>
            <translation>Las mismas actividades por ámbito prioritario y por región del solicitante. Una actividad de varios ámbitos prioritarios se computa en cada uno de ellos.</translation>
        </message>
        <message>
            <source>The backup was cancelled; no copy was written.</source>
            <translation>Se canceló la copia de seguridad; no se escribió ninguna copia.</translation>
        </message>
        <message>
            <source>The fund's database “%1” is empty: the fund it held is gone. Restore it from a backup (File ▸ Restore…), or delete the empty file to start a new fund there.</source>
            <extracomment>%1 is the path of the fund's file, which has 0 bytes</extracomment>
            <translation>La base de datos del fondo “%1” está vacía: el fondo que contenía ya no existe. Restáurelo desde una copia de seguridad (Archivo ▸ Restaurar…) o elimine el archivo vacío para crear allí un fondo nuevo.</translation>
        </message>
        <message>
            <source>Loading the activity applications was cancelled.</source>
            <translation>Se canceló la carga de las solicitudes de actividades.</translation>
        </message>
        <message>
            <source>Loading the contributions was cancelled.</source>
            <extracomment>Not normally shown: the user cancelled loading a table</extracomment>
            <translation>Se canceló la carga de las contribuciones.</translation>
        </message>
        <message>
            <source>Loading the disbursements was cancelled.</source>
            <translation>Se canceló la carga de los desembolsos.</translation>
        </message>
        <message>
            <source>The list of disbursements in the fund's database is damaged: disbursement %1 has no valid date.</source>
            <extracomment>%1 is the disbursement's number</extracomment>
            <translation>La lista de desembolsos de la base de datos del fondo está dañada: el desembolso %1 no tiene una fecha válida.</translation>
        </message>
    </context>
    <context>
        <name>FundDesk::Ui</name>
        <message>
            <source>Year of row %1</source>
            <extracomment>Accessible name of the year of a row of the amounts requested; %1 is the row number</extracomment>
            <translation>Año de la fila %1</translation>
        </message>
        <message>
            <source>Amount in USD of row %1</source>
            <extracomment>Accessible name of an amount requested; %1 is the row number</extracomment>
            <translation>Importe en USD de la fila %1</translation>
        </message>
        <message>
            <source>Amount requested for %1: %2</source>
            <extracomment>%1 is a year, %2 why its amount was refused</extracomment>
            <translation>Importe solicitado para %1: %2</translation>
        </message>
        <message>
            <source>Year</source>
            <extracomment>Column header of the amounts requested per year</extracomment>
            <translation>Año</translation>
        </message>
        <message>
            <source>Amount (USD)</source>
            <extracomment>Column header: the amount requested for that year</extracomment>
            <translation>Importe (USD)</translation>
        </message>
        <message>
            <source>Amount requested per year</source>
            <extracomment>Accessible name of the table of amounts requested per year</extracomment>
            <translation>Importe solicitado por año</translation>
        </message>
        <message>
            <source>Add Year</source>
            <extracomment>Button under the amounts table: adds the next year</extracomment>
            <translation>Añadir año</translation>
        </message>
        <message>
            <source>Remove Year</source>
            <extracomment>Button under the amounts table: removes the selected year</extracomment>
            <translation>Quitar año</translation>
        </message>
        <message>
            <source>Filter States by name or code…</source>
            <extracomment>Placeholder of the filter box above the co-applicant States</extracomment>
            <translation>Filtrar Estados por nombre o código…</translation>
        </message>
        <message>
            <source>Filter co-applicant States</source>
            <translation>Filtrar Estados cosolicitantes</translation>
        </message>
        <message>
            <source>Co-applicant States</source>
            <extracomment>Accessible name of the checkable list of co-applicant States</extracomment>
            <translation>Estados cosolicitantes</translation>
        </message>
        <message>
            <source>Activity Application %1</source>
            <translation>Solicitud de actividad %1</translation>
        </message>
        <message>
            <source>New Activity Application</source>
            <translation>Nueva solicitud de actividad</translation>
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
            <translation>Solicitante</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Asociados</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Dates and Budget</source>
            <translation>Fechas y presupuesto</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Necesidades</translation>
        </message>
        <message>
            <source>Focus Areas</source>
            <translation>Ámbitos prioritarios</translation>
        </message>
        <message>
            <source>Applicant &amp;State:</source>
            <extracomment>Form label: the government applying (¶24)</extracomment>
            <translation>&amp;Estado solicitante:</translation>
        </message>
        <message>
            <source>&amp;Co-applicant States:</source>
            <extracomment>Form label: other States of a regional activity</extracomment>
            <translation>Estados &amp;cosolicitantes:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Referencia:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>&amp;Situación:</translation>
        </message>
        <message>
            <source>&amp;Implementing partners:</source>
            <extracomment>Form label: partners named at application time (¶24)</extracomment>
            <translation>&amp;Asociados en la ejecución:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <extracomment>Form label: the applicant's job title</extracomment>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation>&amp;Resumen:</translation>
        </message>
        <message>
            <source>&amp;Objectives:</source>
            <translation>&amp;Objetivos:</translation>
        </message>
        <message>
            <source>Expected o&amp;utputs:</source>
            <translation>&amp;Productos previstos:</translation>
        </message>
        <message>
            <source>Expected out&amp;comes:</source>
            <translation>Res&amp;ultados previstos:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Inicio:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;Fin:</translation>
        </message>
        <message>
            <source>&amp;Amount requested:</source>
            <extracomment>Form label: the amount requested for each year of the activity (¶20b)</extracomment>
            <translation>I&amp;mporte solicitado:</translation>
        </message>
        <message>
            <source>Total requested:</source>
            <translation>Total solicitado:</translation>
        </message>
        <message>
            <source>Funding floor:</source>
            <extracomment>Form label: whether the request is under the minimum funding floor (¶23)</extracomment>
            <translation>Financiación mínima:</translation>
        </message>
        <message>
            <source>Co-&amp;funding (USD):</source>
            <extracomment>Form label: money for the activity from other sources, in USD</extracomment>
            <translation>&amp;Cofinanciación (USD):</translation>
        </message>
        <message>
            <source>Co-funding so&amp;urce:</source>
            <translation>F&amp;uente de la cofinanciación:</translation>
        </message>
        <message>
            <source>&amp;Needs assessment:</source>
            <extracomment>Form label: the national or regional needs assessment the activity answers (¶25a)</extracomment>
            <translation>&amp;Evaluación de las necesidades:</translation>
        </message>
        <message>
            <source>Needs assessment &amp;document:</source>
            <translation>&amp;Documento de la evaluación de las necesidades:</translation>
        </message>
        <message>
            <source>&amp;Focus areas (¶26):</source>
            <extracomment>Form label above the nine check boxes of ¶26</extracomment>
            <translation>Ámbitos &amp;prioritarios (¶26):</translation>
        </message>
        <message>
            <source>Given automatically, such as CB-2026-014</source>
            <translation>Se asigna automáticamente, como CB-2026-014</translation>
        </message>
        <message>
            <source>Title, date or link of the document</source>
            <translation>Título, fecha o enlace del documento</translation>
        </message>
        <message>
            <source>Type a State's name…</source>
            <translation>Escriba el nombre de un Estado…</translation>
        </message>
        <message>
            <source>Co-funding: %1</source>
            <extracomment>%1 is why the amount was refused</extracomment>
            <translation>Cofinanciación: %1</translation>
        </message>
        <message>
            <source>At or above the minimum funding floor (¶23).</source>
            <translation>Igual o superior a la financiación mínima (¶23).</translation>
        </message>
        <message>
            <source>Partner %1 name</source>
            <translation>Nombre del asociado %1</translation>
        </message>
        <message>
            <source>Partner %1 kind</source>
            <translation>Categoría del asociado %1</translation>
        </message>
        <message>
            <source>Name</source>
            <extracomment>Column header of the implementing partners table</extracomment>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Kind</source>
            <extracomment>Column header: non-governmental entity, UN entity, …
----------
Column header: the kind of donor (Member State, foundation …)</extracomment>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Implementing partners</source>
            <extracomment>Accessible name of the table of implementing partners</extracomment>
            <translation>Asociados en la ejecución</translation>
        </message>
        <message>
            <source>Add Partner</source>
            <extracomment>Button under the implementing partners table</extracomment>
            <translation>Añadir asociado</translation>
        </message>
        <message>
            <source>Remove Partner</source>
            <extracomment>Button under the implementing partners table: removes the selected partner</extracomment>
            <translation>Quitar asociado</translation>
        </message>
        <message>
            <source>Conditions</source>
            <extracomment>Accessible name of the text of a donor's conditions on a contribution
----------
Column header: the donor's conditions on the contribution</extracomment>
            <translation>Condiciones</translation>
        </message>
        <message>
            <source>The donor's conditions, if any, as written</source>
            <extracomment>Placeholder of the conditions field</extracomment>
            <translation>Las condiciones del donante, si las hay, tal como están redactadas</translation>
        </message>
        <message>
            <source>These conditions restrict the money to specific activities (earmark)</source>
            <translation>Estas condiciones restringen el dinero a actividades concretas (asignación a fines específicos)</translation>
        </message>
        <message>
            <source>I confirm these conditions are not an earmark (¶19)</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund: no earmarking</extracomment>
            <translation>Confirmo que estas condiciones no constituyen una asignación a fines específicos (¶19)</translation>
        </message>
        <message>
            <source>(No pledge)</source>
            <extracomment>Receipt paid against a pledge: none</extracomment>
            <translation>(Ninguna promesa)</translation>
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
            <translation>Valor en USD: %1</translation>
        </message>
        <message>
            <source>Add Contribution</source>
            <translation>Añadir contribución</translation>
        </message>
        <message>
            <source>Edit Receipt</source>
            <translation>Editar ingreso</translation>
        </message>
        <message>
            <source>Edit Pledge</source>
            <translation>Editar promesa de contribución</translation>
        </message>
        <message>
            <source>&amp;Donor:</source>
            <extracomment>Form label: who gives the contribution</extracomment>
            <translation>&amp;Donante:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <extracomment>Form label: pledge or receipt</extracomment>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <extracomment>Form label: the date of the pledge, or the day the money was received</extracomment>
            <translation>F&amp;echa:</translation>
        </message>
        <message>
            <source>A&amp;mount:</source>
            <extracomment>Form label: the amount in the donor's currency</extracomment>
            <translation>&amp;Importe:</translation>
        </message>
        <message>
            <source>&amp;Currency:</source>
            <extracomment>Form label: the ISO currency code of the amount</extracomment>
            <translation>&amp;Moneda:</translation>
        </message>
        <message>
            <source>&amp;Rate to USD:</source>
            <extracomment>Form label: US dollars per unit of the currency, as used on the day</extracomment>
            <translation>Tipo de cam&amp;bio a USD:</translation>
        </message>
        <message>
            <source>USD value:</source>
            <extracomment>Form label: the amount converted to US dollars</extracomment>
            <translation>Valor en USD:</translation>
        </message>
        <message>
            <source>Against &amp;pledge:</source>
            <extracomment>Form label: the pledge a receipt pays (optional)</extracomment>
            <translation>Con cargo a la &amp;promesa:</translation>
        </message>
        <message>
            <source>C&amp;onditions:</source>
            <extracomment>Form label: the donor's conditions on the contribution (¶19)</extracomment>
            <translation>Co&amp;ndiciones:</translation>
        </message>
        <message>
            <source>R&amp;eference:</source>
            <extracomment>Form label: a reference such as a bank transfer number</extracomment>
            <translation>&amp;Referencia:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <extracomment>Form label: free notes</extracomment>
            <translation>N&amp;otas:</translation>
        </message>
        <message>
            <source>&amp;Schedule (optional):</source>
            <extracomment>Form label: the expected payments of a multi-year pledge (¶20b)</extracomment>
            <translation>&amp;Calendario (opcional):</translation>
        </message>
        <message>
            <source>Reason for the c&amp;hange:</source>
            <extracomment>Form label: why a received contribution is being changed</extracomment>
            <translation>Moti&amp;vo del cambio:</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <extracomment>Placeholder of the amount field; %1 is an example amount in the user's locale</extracomment>
            <translation>p. ej., %1</translation>
        </message>
        <message>
            <source>Required: why the received record changes</source>
            <extracomment>Placeholder of the reason field when a received contribution is edited</extracomment>
            <translation>Obligatorio: por qué cambia el registro recibido</translation>
        </message>
        <message>
            <source>Enter the rate to US dollars used on the day: how many USD one %1 was worth, for example 1.08.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>Introduzca el tipo de cambio a dólares de los Estados Unidos aplicado ese día: cuántos USD valía un %1, por ejemplo 1.08.</translation>
        </message>
        <message>
            <source>No donor is called “%1”. Choose the donor from the list, or add the donor first.</source>
            <extracomment>%1 is the text typed in the donor field</extracomment>
            <translation>Ningún donante se llama “%1”. Elija el donante en la lista o añada primero el donante.</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose the currency from the list.</source>
            <extracomment>%1 is what was typed as a currency code</extracomment>
            <translation>“%1” no es un código de moneda ISO 4217 conocido. Elija la moneda en la lista.</translation>
        </message>
        <message>
            <source>Enter the amount the donor gives, in %1.</source>
            <translation>Introduzca el importe que aporta el donante, en %1.</translation>
        </message>
        <message>
            <source>Contribution History</source>
            <extracomment>Title of the window listing a contribution's earlier states</extracomment>
            <translation>Historial de la contribución</translation>
        </message>
        <message>
            <source>This contribution has not been changed since it was recorded.</source>
            <translation>Esta contribución no se ha modificado desde que se registró.</translation>
        </message>
        <message>
            <source>Earlier states of this contribution, oldest first. Each row shows the record as it was before the change.</source>
            <translation>Estados anteriores de esta contribución, del más antiguo al más reciente. Cada fila muestra el registro tal como era antes del cambio.</translation>
        </message>
        <message>
            <source>Changed</source>
            <extracomment>Column header: when a contribution was changed
----------
what happened to a record, in its history</extracomment>
            <translation>Modificado</translation>
        </message>
        <message>
            <source>Reason</source>
            <extracomment>Column header: why a contribution was changed</extracomment>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>Column header: the date of a pledge or receipt</extracomment>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Type</source>
            <extracomment>Column header: pledge or receipt</extracomment>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Amount</source>
            <extracomment>Column header in a pledge's schedule of payments: the amount in the pledge's currency
----------
Column header: the amount in the donor's currency</extracomment>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Rate to USD</source>
            <extracomment>Column header: the exchange rate to US dollars used for the contribution</extracomment>
            <translation>Tipo de cambio a USD</translation>
        </message>
        <message>
            <source>USD value</source>
            <extracomment>Column header: the contribution's value in US dollars</extracomment>
            <translation>Valor en USD</translation>
        </message>
        <message>
            <source>Reference</source>
            <extracomment>Column header: the application's reference such as CB-2026-014
----------
Column header: a reference such as a bank transfer number</extracomment>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>(None)</source>
            <extracomment>Country of a non-State donor: none chosen</extracomment>
            <translation>(Ninguno)</translation>
        </message>
        <message>
            <source>Edit Donor</source>
            <translation>Editar donante</translation>
        </message>
        <message>
            <source>Add Donor</source>
            <translation>Añadir donante</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <extracomment>Form label: what kind of donor (Member State, foundation …)</extracomment>
            <translation>&amp;Categoría:</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <extracomment>Form label: the donor State, chosen from the reference list</extracomment>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <extracomment>Form label: the name of a non-State donor</extracomment>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Country (optional):</source>
            <extracomment>Form label: the country a non-State donor is based in (optional)</extracomment>
            <translation>&amp;País (opcional):</translation>
        </message>
        <message>
            <source>&amp;Due diligence:</source>
            <extracomment>Form label: the UN's due-diligence clearance of the donor (¶14)</extracomment>
            <translation>&amp;Diligencia debida:</translation>
        </message>
        <message>
            <source>Decision &amp;date:</source>
            <extracomment>Form label: the date the due-diligence decision was taken</extracomment>
            <translation>Fec&amp;ha de la decisión:</translation>
        </message>
        <message>
            <source>Decision n&amp;ote:</source>
            <extracomment>Form label: a note on the due-diligence decision</extracomment>
            <translation>N&amp;ota sobre la decisión:</translation>
        </message>
        <message>
            <source>Con&amp;tact:</source>
            <extracomment>Form label: the donor's contact person or address</extracomment>
            <translation>Con&amp;tacto:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <extracomment>Form label: free notes on the donor</extracomment>
            <translation>Obser&amp;vaciones:</translation>
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
            <translation>Publicación</translation>
        </message>
        <message>
            <source>Received contributions are published on the fund's page unless the donor asks otherwise (¶17).</source>
            <extracomment>¶17 is a paragraph of the report that set up the fund</extracomment>
            <translation>Las contribuciones recibidas se publican en la página del fondo, salvo que el donante indique lo contrario (¶17).</translation>
        </message>
        <message>
            <source>Scheduled payment %1: %2</source>
            <extracomment>%1 is the number of the payment (1, 2, 3 …), %2 why its amount was refused</extracomment>
            <translation>Pago previsto %1: %2</translation>
        </message>
        <message>
            <source>Due date</source>
            <extracomment>Column header in a pledge's schedule of payments</extracomment>
            <translation>Fecha de vencimiento</translation>
        </message>
        <message>
            <source>Schedule of payments</source>
            <extracomment>Accessible name of the table of a pledge's expected payments</extracomment>
            <translation>Calendario de pagos</translation>
        </message>
        <message>
            <source>Add Payment</source>
            <extracomment>Button: add an expected payment to a pledge's schedule</extracomment>
            <translation>Añadir pago</translation>
        </message>
        <message>
            <source>Remove Payment</source>
            <extracomment>Button: remove the selected payment from a pledge's schedule</extracomment>
            <translation>Quitar pago</translation>
        </message>
        <message>
            <source>Due date of payment %1</source>
            <extracomment>Accessible name; %1 is the number of the payment: 1, 2, 3 …</extracomment>
            <translation>Fecha de vencimiento del pago %1</translation>
        </message>
        <message>
            <source>Amount of payment %1</source>
            <extracomment>Accessible name; %1 is the number of the payment: 1, 2, 3 …</extracomment>
            <translation>Importe del pago %1</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <extracomment>One point of the 0–5 scale: %1 the score, %2 its name, %3 what it means</extracomment>
            <translation>%1 %2: %3</translation>
        </message>
        <message>
            <source>not scored</source>
            <extracomment>Beside a score that is not chosen yet</extracomment>
            <translation>sin puntuar</translation>
        </message>
        <message>
            <source>Score each criterion from 0 to 5:
%1</source>
            <extracomment>Above the scores: the meaning of each point of the scale, one per line</extracomment>
            <translation>Puntúe cada criterio de 0 a 5:
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
            <translation>Puntuación de %1</translation>
        </message>
        <message>
            <source>Score Application %1</source>
            <extracomment>Title of the scoring dialog; %1 is the application's reference</extracomment>
            <translation>Puntuar la solicitud %1</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <extracomment>%1 reference, %2 title, %3 applicant State (and co-applicants)</extracomment>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <source>&amp;Reviewer:</source>
            <translation>&amp;Evaluador:</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Evaluador</translation>
        </message>
        <message>
            <source>Name of the reviewer</source>
            <translation>Nombre del evaluador</translation>
        </message>
        <message>
            <source>Before scoring, declare whether you have a conflict of interest with this application. A reviewer with a conflict does not score it and is left out of its aggregate score.</source>
            <translation>Antes de puntuar, declare si tiene un conflicto de intereses en relación con esta solicitud. Un evaluador con un conflicto no la puntúa y queda excluido de su puntuación global.</translation>
        </message>
        <message>
            <source>I have &amp;no conflict of interest with this application</source>
            <translation>&amp;No tengo ningún conflicto de intereses en relación con esta solicitud</translation>
        </message>
        <message>
            <source>I have a conflict of &amp;interest and recuse myself</source>
            <translation>Tengo un conflicto de &amp;intereses y me inhibo</translation>
        </message>
        <message>
            <source>Nature of the &amp;conflict (required with a conflict):</source>
            <extracomment>Label of the note explaining a declared conflict of interest</extracomment>
            <translation>Naturaleza del &amp;conflicto (obligatorio si hay conflicto):</translation>
        </message>
        <message>
            <source>Nature of the conflict</source>
            <translation>Naturaleza del conflicto</translation>
        </message>
        <message>
            <source>&amp;Justification (required):</source>
            <translation>&amp;Justificación (obligatoria):</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justificación</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Record the declaration and, without a conflict, the scores</source>
            <translation>Registrar la declaración y, si no hay conflicto, las puntuaciones</translation>
        </message>
        <message>
            <source>%1 has already declared for this application: saving changes that review.</source>
            <extracomment>%1 is a reviewer's name</extracomment>
            <translation>%1 ya ha hecho una declaración para esta solicitud: al guardar se modifica esa evaluación.</translation>
        </message>
        <message>
            <source>Reviews of this application: %1</source>
            <extracomment>%1 the aggregate with its spread and reviewer counts</extracomment>
            <translation>Evaluaciones de esta solicitud: %1</translation>
        </message>
        <message>
            <source>Conflict of interest: declare first whether you have a conflict of interest with this application.</source>
            <translation>Conflicto de intereses: declare primero si tiene un conflicto de intereses en relación con esta solicitud.</translation>
        </message>
        <message>
            <source>The conflict of interest of %1 is recorded: %1 does not score this application and is left out of its aggregate.</source>
            <extracomment>%1 is a reviewer's name</extracomment>
            <translation>Se ha registrado el conflicto de intereses de %1: %1 no puntúa esta solicitud y queda excluido de su puntuación global.</translation>
        </message>
        <message>
            <source>The scores of %1 are saved.</source>
            <translation>Se han guardado las puntuaciones de %1.</translation>
        </message>
        <message>
            <source>Fund operational</source>
            <extracomment>Accessible name of the fund status icon</extracomment>
            <translation>Fondo operativo</translation>
        </message>
        <message>
            <source>Fund status: %1</source>
            <extracomment>Accessible name of the fund status; %1 is the status text
----------
Accessible name of the fund status banner; %1 is the status text</extracomment>
            <translation>Situación del fondo: %1</translation>
        </message>
        <message>
            <source>Warning</source>
            <extracomment>Accessible name of the fund status icon when the fund is not operational</extracomment>
            <translation>Advertencia</translation>
        </message>
        <message>
            <source>Warning, fund not operational: %1</source>
            <extracomment>Accessible name of the fund status when the fund is not operational; %1 is the status
----------
Accessible name of the status banner when the fund is not operational; %1 the status</extracomment>
            <translation>Advertencia, fondo no operativo: %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <extracomment>Menu title; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <extracomment>Menu title listing the pages; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <extracomment>Menu title; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;New fund…</source>
            <extracomment>File menu: create a new fund database</extracomment>
            <translation>&amp;Nuevo fondo…</translation>
        </message>
        <message>
            <source>Create a new, empty fund database</source>
            <translation>Crear una base de datos de fondo nueva y vacía</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <extracomment>File menu: open an existing fund database</extracomment>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open an existing fund database</source>
            <translation>Abrir una base de datos de fondo existente</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <extracomment>File menu: save a copy of the open fund database</extracomment>
            <translation>Hacer &amp;copia de seguridad…</translation>
        </message>
        <message>
            <source>Save a copy of the open fund database</source>
            <translation>Guardar una copia de la base de datos del fondo abierto</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <extracomment>File menu: leave the application</extracomment>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Close FundDesk</source>
            <translation>Cerrar FundDesk</translation>
        </message>
        <message>
            <source>&amp;About FundDesk</source>
            <extracomment>Help menu</extracomment>
            <translation>Acerca &amp;de FundDesk</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <extracomment>Help menu</extracomment>
            <translation>Acerca de &amp;Qt</translation>
        </message>
        <message>
            <source>Current page</source>
            <extracomment>Accessible name of the area that shows the current page</extracomment>
            <translation>Página actual</translation>
        </message>
        <message>
            <source>Page list and current page</source>
            <extracomment>Accessible name of the area holding the page list and the current page</extracomment>
            <translation>Lista de páginas y página actual</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>Accessible name of the status bar at the bottom of the main window
----------
Column header: where the application stands in the workflow</extracomment>
            <translation>Situación</translation>
        </message>
        <message>
            <source>Menu</source>
            <extracomment>Accessible name of the menu bar</extracomment>
            <translation>Menú</translation>
        </message>
        <message>
            <source>No fund open</source>
            <extracomment>Status bar, when no fund database is open</extracomment>
            <translation>Ningún fondo abierto</translation>
        </message>
        <message>
            <source>FundDesk — %1</source>
            <extracomment>Window title; %1 is the file name of the open fund database</extracomment>
            <translation>FundDesk — %1</translation>
        </message>
        <message>
            <source>Fund file: %1</source>
            <extracomment>Status bar; %1 is the file name of the open fund database</extracomment>
            <translation>Archivo del fondo: %1</translation>
        </message>
        <message>
            <source>Open fund file</source>
            <extracomment>Accessible name of the status bar label with the open database</extracomment>
            <translation>Archivo del fondo abierto</translation>
        </message>
        <message>
            <source>Open fund</source>
            <extracomment>Title of the file dialog that opens a fund database</extracomment>
            <translation>Abrir fondo</translation>
        </message>
        <message>
            <source>Back up fund</source>
            <extracomment>Title of the file dialog that saves a backup copy of the fund database</extracomment>
            <translation>Hacer copia de seguridad del fondo</translation>
        </message>
        <message>
            <source>FundDesk %1</source>
            <extracomment>Heading of the About box; %1 is the version number</extracomment>
            <translation>FundDesk %1</translation>
        </message>
        <message>
            <source>FundDesk helps the manager of the UN Voluntary Fund for ICT-security capacity building record contributions, review applications and report on spending, offline on a laptop.</source>
            <translation>FundDesk ayuda al administrador del Fondo de Contribuciones Voluntarias de las Naciones Unidas para la Creación de Capacidad en Seguridad de las TIC a registrar las contribuciones, examinar las solicitudes e informar sobre los gastos, sin conexión y en una computadora portátil.</translation>
        </message>
        <message>
            <source>About FundDesk</source>
            <extracomment>Title of the About box</extracomment>
            <translation>Acerca de FundDesk</translation>
        </message>
        <message>
            <source>Fund databases (*.funddesk *.sqlite)</source>
            <extracomment>File dialog filter; keep the patterns in parentheses unchanged</extracomment>
            <translation>Bases de datos de fondos (*.funddesk *.sqlite)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <extracomment>File dialog filter; keep the pattern in parentheses unchanged</extracomment>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>Accessible name of the list of pages on the side of the main window</extracomment>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>Choose the page to show. %1 to %2 jump to a page directly.</source>
            <extracomment>%1 and %2 are keyboard shortcuts, e.g. Ctrl+1 and Ctrl+7</extracomment>
            <translation>Elija la página que desea mostrar. Con %1 a %2 se accede directamente a una página.</translation>
        </message>
        <message>
            <source>Below floor</source>
            <extracomment>Table cell: the request is under the ¶23 minimum funding floor</extracomment>
            <translation>Por debajo del mínimo</translation>
        </message>
        <message>
            <source>Title</source>
            <extracomment>Column header: the title of the capacity-building activity</extracomment>
            <translation>Título</translation>
        </message>
        <message>
            <source>Region</source>
            <extracomment>Column header: the M49 region of the applicant State
----------
Column header: the geographic region of the donor's country
----------
Column header: the M49 region of the State</extracomment>
            <translation>Región</translation>
        </message>
        <message>
            <source>Focus areas</source>
            <extracomment>Column header: the letters of the ¶26 focus areas, a to i</extracomment>
            <translation>Ámbitos prioritarios</translation>
        </message>
        <message>
            <source>Years</source>
            <extracomment>Column header: the years the activity runs</extracomment>
            <translation>Años</translation>
        </message>
        <message>
            <source>Requested (USD)</source>
            <extracomment>Column header: the total amount requested, in US dollars</extracomment>
            <translation>Solicitado (USD)</translation>
        </message>
        <message>
            <source>Score</source>
            <extracomment>Column header: the aggregate review score, 0 to 5
----------
Column header: the reviewer's score, 0 to 100</extracomment>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Spread</source>
            <extracomment>Column header: the difference between the highest and lowest reviewer's score</extracomment>
            <translation>Dispersión</translation>
        </message>
        <message>
            <source>Floor</source>
            <extracomment>Column header: whether the request is under the minimum funding floor (¶23)</extracomment>
            <translation>Mínimo</translation>
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
                <numerusform>%n evaluador ha puntuado</numerusform>
                <numerusform>%n evaluadores han puntuado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recused</source>
            <extracomment>Part of the review summary: reviewers who declared a conflict of interest</extracomment>
            <translation>
                <numerusform>%n inhibido</numerusform>
                <numerusform>%n inhibidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <extracomment>Part of the review summary: reviewers who declared no conflict and have not scored yet</extracomment>
            <translation>
                <numerusform>%n pendiente</numerusform>
                <numerusform>%n pendientes</numerusform>
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
            <translation>Aún sin puntuar (%1).</translation>
        </message>
        <message>
            <source>Aggregate score %1 out of 5, spread %2 (%3).</source>
            <extracomment>%1 the aggregate score (0–5, such as 3.20), %2 the spread between reviewers (0.80), %3 the review summary</extracomment>
            <translation>Puntuación global %1 de 5, dispersión %2 (%3).</translation>
        </message>
        <message>
            <source>Donor</source>
            <extracomment>Column header: who gave the contribution
----------
Column header: the donor's name</extracomment>
            <translation>Donante</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <extracomment>Due-diligence status and the date it was decided, e.g. "Cleared, 3/4/25"</extracomment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Country</source>
            <extracomment>Column header: the donor's country</extracomment>
            <translation>País</translation>
        </message>
        <message>
            <source>Due diligence</source>
            <extracomment>Column header: the UN's due-diligence clearance of the donor (¶14)</extracomment>
            <translation>Diligencia debida</translation>
        </message>
        <message>
            <source>Received (USD)</source>
            <extracomment>Column header: total money received from the donor, in US dollars</extracomment>
            <translation>Recibido (USD)</translation>
        </message>
        <message>
            <source>Outstanding pledges (USD)</source>
            <extracomment>Column header: money pledged by the donor and not yet received, in US dollars</extracomment>
            <translation>Promesas pendientes (USD)</translation>
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
            <translation>Parte igual</translation>
        </message>
        <message>
            <source>%1 of the total; the dashed line is the equal share, %2.</source>
            <extracomment>Tooltip of a bar: %1 the line's share, %2 the equal share, both percentages</extracomment>
            <translation>%1 del total; la línea discontinua es la parte igual, %2.</translation>
        </message>
        <message>
            <source>M49 region</source>
            <extracomment>Column header of the geographic balance: an M49 region or a UN regional group</extracomment>
            <translation>Región M49</translation>
        </message>
        <message>
            <source>Regional group</source>
            <translation>Grupo regional</translation>
        </message>
        <message>
            <source>Applications</source>
            <extracomment>Column header: number of applications with a State in the region
----------
Tab of the Activities page: the table of applications</extracomment>
            <translation>Solicitudes</translation>
        </message>
        <message>
            <source>Share of requested</source>
            <extracomment>Column header: a bar of the region's share of all requested amounts</extracomment>
            <translation>Proporción de lo solicitado</translation>
        </message>
        <message>
            <source>Recommended (USD)</source>
            <extracomment>Column header: amounts recommended, approved, active or completed</extracomment>
            <translation>Recomendado (USD)</translation>
        </message>
        <message>
            <source>Share of recommended</source>
            <translation>Proporción de lo recomendado</translation>
        </message>
        <message>
            <source>▼ The available balance of %1 runs out here: the applications below do not fit.</source>
            <extracomment>Marker row of the ranking: %1 is the fund's available balance such as USD 1,200,000.00</extracomment>
            <translation>▼ El saldo disponible de %1 se agota aquí: las solicitudes que siguen no caben.</translation>
        </message>
        <message>
            <source>Below floor: not counted</source>
            <extracomment>Ranking: the request is under the ¶23 floor, so it is not added to the running total</extracomment>
            <translation>Por debajo del mínimo: no se cuenta</translation>
        </message>
        <message>
            <source>Not scored: not counted</source>
            <extracomment>Ranking: no reviewer has scored the application, so it is not counted</extracomment>
            <translation>Sin puntuar: no se cuenta</translation>
        </message>
        <message>
            <source>Within balance</source>
            <extracomment>Ranking: the running total is within (or beyond) the available balance</extracomment>
            <translation>Dentro del saldo</translation>
        </message>
        <message>
            <source>Beyond balance</source>
            <translation>Por encima del saldo</translation>
        </message>
        <message>
            <source>Rank</source>
            <extracomment>Column header: the position in the ranking by aggregate score</extracomment>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Running total (USD)</source>
            <extracomment>Column header: the sum requested by this and every counted application above it</extracomment>
            <translation>Total acumulado (USD)</translation>
        </message>
        <message>
            <source>Against balance</source>
            <extracomment>Column header: whether the running total is within the available balance</extracomment>
            <translation>Respecto del saldo</translation>
        </message>
        <message>
            <source>Donors and contributions</source>
            <extracomment>Accessible name of the Donors &amp; Contributions page</extracomment>
            <translation>Donantes y contribuciones</translation>
        </message>
        <message>
            <source>Contributions</source>
            <extracomment>Heading of the contributions table: pledges and receipts</extracomment>
            <translation>Contribuciones</translation>
        </message>
        <message numerus="yes">
            <source>%n contribution(s) shown · received %1 · pledged %2</source>
            <extracomment>Totals under the contributions table; %1 and %2 are amounts such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>%n contribución mostrada · recibido %1 · prometido %2</numerusform>
                <numerusform>%n contribuciones mostradas · recibido %1 · prometido %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit Contribution</source>
            <translation>Editar contribución</translation>
        </message>
        <message>
            <source>Delete the receipt of %1 from %2 dated %3? Its last state is kept in the contribution history.</source>
            <extracomment>%1 is an amount such as EUR 1,000.00, %2 the donor, %3 a date</extracomment>
            <translation>¿Desea eliminar el ingreso de %1 aportado por %2 con fecha %3? Su último estado se conserva en el historial de la contribución.</translation>
        </message>
        <message>
            <source>Delete the pledge of %1 from %2 dated %3?</source>
            <extracomment>%1 is an amount such as EUR 1,000.00, %2 the donor, %3 a date</extracomment>
            <translation>¿Desea eliminar la promesa de contribución de %1 hecha por %2 con fecha %3?</translation>
        </message>
        <message>
            <source>Delete Contribution</source>
            <translation>Eliminar contribución</translation>
        </message>
        <message>
            <source>Deleted by the fund manager</source>
            <extracomment>Reason kept in a contribution's history when it is deleted from the table</extracomment>
            <translation>Eliminado por el administrador del fondo</translation>
        </message>
        <message>
            <source>Add contribution</source>
            <translation>Añadir contribución</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt (Insert)</source>
            <translation>Registrar una promesa de contribución o un ingreso (Insert)</translation>
        </message>
        <message>
            <source>Edit contribution</source>
            <translation>Editar contribución</translation>
        </message>
        <message>
            <source>Edit the selected contribution (Enter)</source>
            <translation>Editar la contribución seleccionada (Intro)</translation>
        </message>
        <message>
            <source>Delete contribution</source>
            <translation>Eliminar contribución</translation>
        </message>
        <message>
            <source>Delete the selected contribution (Del)</source>
            <translation>Eliminar la contribución seleccionada (Supr)</translation>
        </message>
        <message>
            <source>Contribution history</source>
            <translation>Historial de la contribución</translation>
        </message>
        <message>
            <source>Donors</source>
            <extracomment>Heading of the donors table</extracomment>
            <translation>Donantes</translation>
        </message>
        <message numerus="yes">
            <source>%n donor(s) shown · received %1 · outstanding pledges %2</source>
            <extracomment>Totals under the donors table; %1 and %2 are amounts such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>%n donante mostrado · recibido %1 · promesas pendientes %2</numerusform>
                <numerusform>%n donantes mostrados · recibido %1 · promesas pendientes %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Donor</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>Eliminar donante</translation>
        </message>
        <message>
            <source>Delete the donor “%1”? This cannot be undone.</source>
            <translation>¿Desea eliminar el donante “%1”? Esta acción no se puede deshacer.</translation>
        </message>
        <message>
            <source>Add donor</source>
            <translation>Añadir donante</translation>
        </message>
        <message>
            <source>Add a donor (Insert)</source>
            <translation>Añadir un donante (Insert)</translation>
        </message>
        <message>
            <source>Edit donor</source>
            <translation>Editar donante</translation>
        </message>
        <message>
            <source>Edit the selected donor (Enter)</source>
            <translation>Editar el donante seleccionado (Intro)</translation>
        </message>
        <message>
            <source>Delete donor</source>
            <translation>Eliminar donante</translation>
        </message>
        <message>
            <source>Delete the selected donor (Del)</source>
            <translation>Eliminar el donante seleccionado (Supr)</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <extracomment>Main window page: overview of the fund</extracomment>
            <translation>Panel</translation>
        </message>
        <message>
            <source>Key figures of the fund at a glance</source>
            <translation>Cifras clave del fondo de un vistazo</translation>
        </message>
        <message>
            <source>Key figures for the year, the fund's size against the USD 2 million and USD 5 million scenarios, and spending by region.</source>
            <translation>Cifras clave del año, tamaño del fondo en comparación con los escenarios de 2 millones y 5 millones de dólares, y gastos por región.</translation>
        </message>
        <message>
            <source>Donors &amp; Contributions</source>
            <extracomment>Main window page: donors and the money they give</extracomment>
            <translation>Donantes y contribuciones</translation>
        </message>
        <message>
            <source>Donors, pledges and received contributions</source>
            <translation>Donantes, promesas y contribuciones recibidas</translation>
        </message>
        <message>
            <source>Member States and non-governmental donors, their pledges and payments, due-diligence clearance and whether each contribution may be published.</source>
            <translation>Estados Miembros y donantes no gubernamentales, sus promesas de contribución y pagos, la aprobación de diligencia debida y si cada contribución puede publicarse.</translation>
        </message>
        <message>
            <source>Sponsorships</source>
            <extracomment>Main window page: travel sponsorships of representatives and experts</extracomment>
            <translation>Patrocinios</translation>
        </message>
        <message>
            <source>Applications to sponsor representatives and experts</source>
            <translation>Solicitudes de patrocinio de representantes y expertos</translation>
        </message>
        <message>
            <source>Applications from representatives and experts to attend the sessions, checked against the eligibility criteria, with gender balance and geographic diversity of the selection.</source>
            <translation>Solicitudes de representantes y expertos para asistir a los períodos de sesiones, verificadas con arreglo a los criterios de admisibilidad, teniendo en cuenta el equilibrio de género y la diversidad geográfica de la selección.</translation>
        </message>
        <message>
            <source>Activities</source>
            <extracomment>Main window page: capacity-building activities funded by the fund</extracomment>
            <translation>Actividades</translation>
        </message>
        <message>
            <source>Capacity-building activities and their proposals</source>
            <translation>Actividades de creación de capacidad y sus propuestas</translation>
        </message>
        <message>
            <source>Proposals for capacity-building activities from governments and their implementing partners, scored against the selection criteria and focus areas.</source>
            <translation>Propuestas de actividades de creación de capacidad de los Gobiernos y sus asociados en la ejecución, puntuadas con arreglo a los criterios de selección y los ámbitos prioritarios.</translation>
        </message>
        <message>
            <source>Disbursements</source>
            <extracomment>Main window page: payments made by the fund</extracomment>
            <translation>Desembolsos</translation>
        </message>
        <message>
            <source>Payments for approved sponsorships and activities</source>
            <translation>Pagos de patrocinios y actividades aprobados</translation>
        </message>
        <message>
            <source>Payments made for sponsorships and activities approved by the High Representative, and the balance left in the fund.</source>
            <translation>Pagos efectuados para patrocinios y actividades aprobados por la Alta Representante, y saldo restante del fondo.</translation>
        </message>
        <message>
            <source>Reports</source>
            <extracomment>Main window page: printable reports and approval packets</extracomment>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Reports, charts and approval packets</source>
            <translation>Informes, gráficos y expedientes de aprobación</translation>
        </message>
        <message>
            <source>Reports on contributions and spending, charts of spending by region, and PDF approval packets for the High Representative's signature.</source>
            <translation>Informes sobre contribuciones y gastos, gráficos de gastos por región y expedientes de aprobación en PDF para la firma de la Alta Representante.</translation>
        </message>
        <message>
            <source>Settings</source>
            <extracomment>Main window page: application and fund settings</extracomment>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Fund threshold, currencies and language</source>
            <translation>Umbral del fondo, monedas e idioma</translation>
        </message>
        <message>
            <source>The fund's operational threshold, exchange rates, how staff costs are paid, and the language of the application.</source>
            <translation>El umbral operativo del fondo, los tipos de cambio, la forma de sufragar los gastos de personal y el idioma de la aplicación.</translation>
        </message>
        <message>
            <source>About this page</source>
            <extracomment>Accessible name of the paragraph that describes a page not yet built</extracomment>
            <translation>Acerca de esta página</translation>
        </message>
        <message>
            <source>Fund Settings</source>
            <extracomment>Heading of the Settings page</extracomment>
            <translation>Configuración del fondo</translation>
        </message>
        <message>
            <source>Fund &amp;name:</source>
            <extracomment>Form label: the fund's name, shown on reports</extracomment>
            <translation>&amp;Nombre del fondo:</translation>
        </message>
        <message>
            <source>Operational &amp;threshold (USD):</source>
            <extracomment>Form label: ¶16 minimum of receipts before the fund operates</extracomment>
            <translation>&amp;Umbral operativo (USD):</translation>
        </message>
        <message>
            <source>Threshold &amp;announced:</source>
            <extracomment>Form label: when donors were told the threshold</extracomment>
            <translation>Umbral &amp;anunciado:</translation>
        </message>
        <message>
            <source>Staff costs:</source>
            <extracomment>Form label: where the salaries of the fund's two posts are paid from (¶15)</extracomment>
            <translation>Gastos de personal:</translation>
        </message>
        <message>
            <source>Annual cost of the &amp;P post (USD):</source>
            <extracomment>Form label: annual cost of the Professional (P) post</extracomment>
            <translation>Costo anual del puesto &amp;P (USD):</translation>
        </message>
        <message>
            <source>Annual cost of the &amp;GS post (USD):</source>
            <extracomment>Form label: annual cost of the General Service (GS) post</extracomment>
            <translation>Costo anual del puesto S&amp;G (USD):</translation>
        </message>
        <message>
            <source>Activity funding &amp;floor (USD):</source>
            <extracomment>Form label: ¶23 minimum funding of an activity</extracomment>
            <translation>&amp;Financiación mínima por actividad (USD):</translation>
        </message>
        <message>
            <source>Announced on</source>
            <extracomment>Check box before the date the threshold was announced to donors</extracomment>
            <translation>Anunciado el</translation>
        </message>
        <message>
            <source>Threshold announced</source>
            <translation>Umbral anunciado</translation>
        </message>
        <message>
            <source>Date the threshold was announced</source>
            <translation>Fecha de anuncio del umbral</translation>
        </message>
        <message>
            <source>Charged to the regular budget</source>
            <extracomment>Staff costs option (¶15)</extracomment>
            <translation>Con cargo al presupuesto ordinario</translation>
        </message>
        <message>
            <source>Charged to voluntary contributions</source>
            <extracomment>Staff costs option (¶15)</extracomment>
            <translation>Con cargo a las contribuciones voluntarias</translation>
        </message>
        <message>
            <source>¶15: the fund has a Professional (P) post and a General Service (GS) post. When they are charged to voluntary contributions, their annual cost is set aside from the money received before any sponsorship or activity; under the regular budget, contributions go to sponsorships and activities only.</source>
            <extracomment>¶15 is a paragraph of the report that set up the fund</extracomment>
            <translation>¶15: el fondo tiene un puesto del Cuadro Orgánico (P) y un puesto del Cuadro de Servicios Generales (SG). Cuando se sufragan con cargo a las contribuciones voluntarias, su costo anual se reserva del dinero recibido antes de cualquier patrocinio o actividad; con cargo al presupuesto ordinario, las contribuciones se destinan únicamente a patrocinios y actividades.</translation>
        </message>
        <message>
            <source>¶23: the least an activity must be funded with; activities below it are not approved.</source>
            <extracomment>¶23 is a paragraph of the report that set up the fund</extracomment>
            <translation>¶23: la financiación mínima que debe recibir una actividad; las actividades por debajo de ella no se aprueban.</translation>
        </message>
        <message>
            <source>&amp;Save Settings</source>
            <extracomment>Button on the Settings page</extracomment>
            <translation>Guar&amp;dar configuración</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Guardar configuración</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <extracomment>Shown beside the Save button once the settings are stored</extracomment>
            <translation>Configuración guardada.</translation>
        </message>
        <message>
            <source>Filter by name, kind, country, region, year…</source>
            <extracomment>Placeholder of the filter box above a table</extracomment>
            <translation>Filtrar por nombre, categoría, país, región, año…</translation>
        </message>
        <message>
            <source>Filter %1</source>
            <extracomment>Accessible name of the filter box above a table; %1 is the table's title</extracomment>
            <translation>Filtrar %1</translation>
        </message>
        <message>
            <source>Totals</source>
            <extracomment>Accessible name of the line of totals under a table</extracomment>
            <translation>Totales</translation>
        </message>
        <message>
            <source>No co-applicant State: a national activity.</source>
            <extracomment>Under the co-applicant list when no State is ticked</extracomment>
            <translation>Ningún Estado cosolicitante: actividad nacional.</translation>
        </message>
        <message numerus="yes">
            <source>%n co-applicant State(s) chosen: %1</source>
            <extracomment>Under the co-applicant list: %1 lists the ticked States' names</extracomment>
            <translation>
                <numerusform>%n Estado cosolicitante elegido: %1</numerusform>
                <numerusform>%n Estados cosolicitantes elegidos: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Governance Consultation</source>
            <translation>Consulta a la estructura de gobernanza</translation>
        </message>
        <message>
            <source>&amp;Date of the consultation:</source>
            <extracomment>Form label: the day the governance structure was consulted (¶18)</extracomment>
            <translation>&amp;Fecha de la consulta:</translation>
        </message>
        <message>
            <source>&amp;Participants: States and members who took part, one per line:</source>
            <translation>&amp;Participantes: Estados y miembros que participaron, uno por línea:</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>&amp;Advice per application:</source>
            <translation>&amp;Opinión por solicitud:</translation>
        </message>
        <message>
            <source>Advice per application</source>
            <translation>Opinión por solicitud</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Date of the consultation</source>
            <translation>Fecha de la consulta</translation>
        </message>
        <message>
            <source>Stance</source>
            <extracomment>Column header: where the governance structure stands on the application</extracomment>
            <translation>Postura</translation>
        </message>
        <message>
            <source>Advice</source>
            <extracomment>Column header: the advice given, in words</extracomment>
            <translation>Opinión</translation>
        </message>
        <message>
            <source>Not discussed</source>
            <extracomment>First choice of the stance combo: the application was not on the agenda</extracomment>
            <translation>No examinada</translation>
        </message>
        <message>
            <source>Stance on %1</source>
            <extracomment>Accessible name of a stance box; %1 is the application's reference</extracomment>
            <translation>Postura sobre %1</translation>
        </message>
        <message>
            <source>Advice on %1</source>
            <extracomment>Accessible name of an advice box; %1 is the application's reference</extracomment>
            <translation>Opinión sobre %1</translation>
        </message>
        <message>
            <source>Step 1: conflict of interest</source>
            <extracomment>Group title: the first step of a review</extracomment>
            <translation>Paso 1: conflicto de intereses</translation>
        </message>
        <message>
            <source>Step 2: scores (¶25)</source>
            <extracomment>Group title: the second step of a review</extracomment>
            <translation>Paso 2: puntuaciones (¶25)</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <extracomment>File menu: replace the open fund with a backup copy</extracomment>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <source>Replace the fund with a backup, after checking it</source>
            <translation>Reemplazar el fondo por una copia de seguridad, tras comprobarla</translation>
        </message>
        <message>
            <source>&amp;Manual</source>
            <extracomment>Help menu: open the user manual</extracomment>
            <translation>&amp;Manual</translation>
        </message>
        <message>
            <source>Restore fund from backup</source>
            <extracomment>Title of the file dialog that picks a backup to restore</extracomment>
            <translation>Restaurar el fondo a partir de una copia de seguridad</translation>
        </message>
        <message>
            <source>Capacity-building activities</source>
            <extracomment>Accessible name of the Activities page</extracomment>
            <translation>Actividades de creación de capacidad</translation>
        </message>
        <message>
            <source>Ranking</source>
            <extracomment>Tab of the Activities page: applications by aggregate score</extracomment>
            <translation>Clasificación</translation>
        </message>
        <message>
            <source>Geographic Balance</source>
            <extracomment>Tab of the Activities page: amounts by region (¶25c)</extracomment>
            <translation>Equilibrio geográfico</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s) shown · requested %1</source>
            <extracomment>Under the activities table: %1 is the total requested such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>%n solicitud mostrada · solicitado %1</numerusform>
                <numerusform>%n solicitudes mostradas · solicitado %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n below the funding floor</source>
            <extracomment>Under the activities table: how many shown applications are under the ¶23 floor</extracomment>
            <translation>
                <numerusform>%n por debajo de la financiación mínima</numerusform>
                <numerusform>%n por debajo de la financiación mínima</numerusform>
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
            <translation>Editar solicitud de actividad</translation>
        </message>
        <message>
            <source>Delete the activity application %1, “%2”?</source>
            <extracomment>%1 is the application's reference, %2 its title</extracomment>
            <translation>¿Desea eliminar la solicitud de actividad %1, “%2”?</translation>
        </message>
        <message>
            <source>Delete Activity Application</source>
            <translation>Eliminar solicitud de actividad</translation>
        </message>
        <message>
            <source>Export Scores</source>
            <translation>Exportar puntuaciones</translation>
        </message>
        <message>
            <source>review-scores.csv</source>
            <extracomment>Default file name of the exported review scores</extracomment>
            <translation>puntuaciones-evaluacion.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <extracomment>File type filter of the save dialog
----------
file type filter in a file dialog</extracomment>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Activity applications</source>
            <extracomment>Heading of the table of capacity-building activity applications</extracomment>
            <translation>Solicitudes de actividades</translation>
        </message>
        <message>
            <source>Filter by reference, title, State, partner…</source>
            <extracomment>Placeholder of the filter box above the activities table</extracomment>
            <translation>Filtrar por referencia, título, Estado, asociado…</translation>
        </message>
        <message>
            <source>Add activity application</source>
            <translation>Añadir solicitud de actividad</translation>
        </message>
        <message>
            <source>Record a new application (Insert)</source>
            <translation>Registrar una nueva solicitud (Insert)</translation>
        </message>
        <message>
            <source>Edit activity application</source>
            <translation>Editar solicitud de actividad</translation>
        </message>
        <message>
            <source>Edit the selected application (Enter)</source>
            <translation>Editar la solicitud seleccionada (Intro)</translation>
        </message>
        <message>
            <source>Delete activity application</source>
            <translation>Eliminar solicitud de actividad</translation>
        </message>
        <message>
            <source>Delete the selected application (Del)</source>
            <translation>Eliminar la solicitud seleccionada (Supr)</translation>
        </message>
        <message>
            <source>Score activity application</source>
            <translation>Puntuar la solicitud de actividad</translation>
        </message>
        <message>
            <source>Record governance consultation</source>
            <translation>Registrar una consulta a la estructura de gobernanza</translation>
        </message>
        <message>
            <source>Export review scores</source>
            <translation>Exportar las puntuaciones de la evaluación</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <extracomment>Filter above the activities table
----------
Filter above the sponsorship applications</extracomment>
            <translation>&amp;Situación:</translation>
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation>&amp;Región:</translation>
        </message>
        <message>
            <source>F&amp;ocus area:</source>
            <translation>Á&amp;mbito prioritario:</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Año:</translation>
        </message>
        <message>
            <source>All statuses</source>
            <extracomment>First entry of a filter combo: no filtering</extracomment>
            <translation>Todas las situaciones</translation>
        </message>
        <message>
            <source>All regions</source>
            <translation>Todas las regiones</translation>
        </message>
        <message>
            <source>All focus areas</source>
            <translation>Todos los ámbitos prioritarios</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Todos los años</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filtrar por situación</translation>
        </message>
        <message>
            <source>Filter by region</source>
            <translation>Filtrar por región</translation>
        </message>
        <message>
            <source>Filter by focus area</source>
            <translation>Filtrar por ámbito prioritario</translation>
        </message>
        <message>
            <source>Filter by year the activity runs in</source>
            <extracomment>Accessible name of the year filter: activities running in that year</extracomment>
            <translation>Filtrar por año de ejecución de la actividad</translation>
        </message>
        <message>
            <source>Activities that run in the chosen year</source>
            <translation>Actividades que se ejecutan en el año elegido</translation>
        </message>
        <message>
            <source>Requested in all: %1 · recommended in all: %2</source>
            <extracomment>Under the geographic balance: %1 total requested, %2 total recommended</extracomment>
            <translation>Total solicitado: %1 · total recomendado: %2</translation>
        </message>
        <message>
            <source>Geographic balance (¶25c): what the applications request and what is recommended or beyond, by region. A regional activity counts in equal parts for each participating State. The dashed line in each bar and the last row show the equal share: the total divided equally.</source>
            <translation>Equilibrio geográfico (¶25c): lo que solicitan las solicitudes y lo recomendado o en fases posteriores, por región. Una actividad regional se computa a partes iguales para cada Estado participante. La línea discontinua de cada barra y la última fila muestran la parte igual: el total dividido a partes iguales.</translation>
        </message>
        <message>
            <source>By M49 region</source>
            <extracomment>Heading of the table by M49 geographic region</extracomment>
            <translation>Por región M49</translation>
        </message>
        <message>
            <source>By UN regional group</source>
            <extracomment>Heading of the table by UN regional group</extracomment>
            <translation>Por grupo regional de las Naciones Unidas</translation>
        </message>
        <message numerus="yes">
            <source>%n of %1 candidate application(s) fit within the available balance of %2; the scored requests above the floor add up to %3.</source>
            <extracomment>Under the ranking: %1 the number of candidates, %2 the available balance, %3 the total requested by the scored applications above the floor</extracomment>
            <translation>
                <numerusform>%n de %1 solicitudes candidatas cabe en el saldo disponible de %2; las solicitudes puntuadas por encima de la financiación mínima suman %3.</numerusform>
                <numerusform>%n de %1 solicitudes candidatas caben en el saldo disponible de %2; las solicitudes puntuadas por encima de la financiación mínima suman %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ranking by aggregate score</source>
            <extracomment>Heading of the ranking of activity applications by aggregate score</extracomment>
            <translation>Clasificación por puntuación global</translation>
        </message>
        <message>
            <source>Applications that are eligible, under review or recommended, highest aggregate score first. The running total adds up the scored requests above the minimum funding floor against the fund's available balance for this year.</source>
            <translation>Solicitudes admisibles, en evaluación o recomendadas, empezando por la puntuación global más alta. El total acumulado suma las solicitudes puntuadas por encima de la financiación mínima y las compara con el saldo disponible del fondo para este año.</translation>
        </message>
        <message>
            <source>Ranking summary</source>
            <translation>Resumen de la clasificación</translation>
        </message>
        <message>
            <source>US dollars</source>
            <extracomment>axis title of a chart of amounts</extracomment>
            <translation>Dólares de los Estados Unidos</translation>
        </message>
        <message>
            <source>Per cent</source>
            <extracomment>axis title of a chart of shares</extracomment>
            <translation>Porcentaje</translation>
        </message>
        <message>
            <source>Number</source>
            <extracomment>axis title of a chart of counts</extracomment>
            <translation>Número</translation>
        </message>
        <message>
            <source>&amp;Save chart…</source>
            <extracomment>button under a chart</extracomment>
            <translation>&amp;Guardar gráfico…</translation>
        </message>
        <message>
            <source>Save as &amp;PNG…</source>
            <translation>Guardar como &amp;PNG…</translation>
        </message>
        <message>
            <source>Save as S&amp;VG…</source>
            <translation>Guardar como S&amp;VG…</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Guardar gráfico</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Imagen PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Dibujo SVG (*.svg)</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
        </message>
        <message>
            <source>Chart: %1. Right-click to save it as PNG or SVG.</source>
            <extracomment>accessible description of a chart; %1 is its title</extracomment>
            <translation>Gráfico: %1. Haga clic con el botón derecho para guardarlo como PNG o SVG.</translation>
        </message>
        <message>
            <source>Save the chart “%1”</source>
            <extracomment>%1 is a chart's title</extracomment>
            <translation>Guardar el gráfico “%1”</translation>
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
            <translation>Una solicitud nueva empieza como “Borrador” o “Presentada”; una solicitud ya guardada pasa a su siguiente situación con “Flujo de trabajo…” en la página “Actividades”.</translation>
        </message>
        <message>
            <source>%1 · %2 — remaining %3</source>
            <extracomment>an item in the payment dialog: %1 reference, %2 title, %3 what remains to pay</extracomment>
            <translation>%1 · %2 — quedan %3</translation>
        </message>
        <message>
            <source>No item has been paid yet: there is nothing to refund.</source>
            <translation>Todavía no se ha pagado ningún elemento: no hay nada que reembolsar.</translation>
        </message>
        <message>
            <source>No approved or active item: a payment needs one.</source>
            <translation>No hay ningún elemento aprobado o en curso: un pago requiere uno.</translation>
        </message>
        <message>
            <source>Committed %1 · paid %2 · remaining %3</source>
            <extracomment>%1 committed, %2 paid so far, %3 what remains, all with currency</extracomment>
            <translation>Comprometido %1 · pagado %2 · pendiente %3</translation>
        </message>
        <message>
            <source>Choose the approved item the payment is for.</source>
            <translation>Elija el elemento aprobado al que corresponde el pago.</translation>
        </message>
        <message>
            <source>Enter the amount paid.</source>
            <translation>Introduzca el importe pagado.</translation>
        </message>
        <message>
            <source>“%1” is not an amount. Type digits, with the decimals after the decimal sign.</source>
            <translation>“%1” no es un importe. Escriba dígitos, con los decimales después del separador decimal.</translation>
        </message>
        <message>
            <source>Record a Refund</source>
            <translation>Registrar un reembolso</translation>
        </message>
        <message>
            <source>Record a Payment</source>
            <translation>Registrar un pago</translation>
        </message>
        <message>
            <source>&amp;Item:</source>
            <extracomment>the approved sponsorship or activity a payment is made against</extracomment>
            <translation>&amp;Elemento:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>&amp;Importe:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <extracomment>Form label: the currency the fund's books are kept in (always USD)</extracomment>
            <translation>&amp;Moneda:</translation>
        </message>
        <message>
            <source>USD &amp;rate:</source>
            <translation>Tipo de &amp;cambio a USD:</translation>
        </message>
        <message>
            <source>&amp;Payee:</source>
            <translation>&amp;Beneficiario:</translation>
        </message>
        <message>
            <source>Re&amp;ference:</source>
            <translation>&amp;Referencia:</translation>
        </message>
        <message>
            <source>Reas&amp;on for the refund:</source>
            <translation>M&amp;otivo del reembolso:</translation>
        </message>
        <message>
            <source>Item</source>
            <extracomment>the approved sponsorship or activity a payment is made against</extracomment>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>USD rate</source>
            <translation>Tipo de cambio a USD</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>Beneficiario</translation>
        </message>
        <message>
            <source>Reason for the refund</source>
            <translation>Motivo del reembolso</translation>
        </message>
        <message>
            <source>The approved or active items, each with what remains to pay.</source>
            <translation>Los elementos aprobados o en curso, cada uno con lo que queda por pagar.</translation>
        </message>
        <message>
            <source>How many US dollars one unit of the currency was worth on the day.</source>
            <translation>Cuántos dólares de los Estados Unidos valía una unidad de la moneda ese día.</translation>
        </message>
        <message>
            <source>&amp;Record refund</source>
            <translation>Re&amp;gistrar reembolso</translation>
        </message>
        <message>
            <source>&amp;Record payment</source>
            <translation>Re&amp;gistrar pago</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of the CSV file, %2 the problem</extracomment>
            <translation>Línea %1: %2</translation>
        </message>
        <message>
            <source>Line %1, column %2: %3</source>
            <extracomment>%1 is a line number of the CSV file, %2 a column name, %3 the problem</extracomment>
            <translation>Línea %1, columna %2: %3</translation>
        </message>
        <message>
            <source>Choose the CSV file to import</source>
            <translation>Elija el archivo CSV que desea importar</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <extracomment>file type filter in a file dialog</extracomment>
            <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>“%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>No se pudo abrir “%1”. Compruebe el nombre y que usted tenga permiso para leerlo.</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <extracomment>Shown while the import file is being checked</extracomment>
            <translation>Comprobando el archivo…</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <extracomment>The user cancelled the check of an import file</extracomment>
            <translation>Se canceló la comprobación.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) checked, no problem found. Import writes them all at once.</source>
            <extracomment>%n is the number of rows of the file</extracomment>
            <translation>
                <numerusform>Se ha comprobado %n fila y no se ha encontrado ningún problema. Al importar, se escribe de una sola vez.</numerusform>
                <numerusform>Se han comprobado %n filas y no se ha encontrado ningún problema. Al importar, se escriben todas de una sola vez.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found. Correct the file and check it again: nothing is imported while any remains.</source>
            <extracomment>%n is the number of problems; nothing is imported until all are corrected</extracomment>
            <translation>
                <numerusform>Se ha encontrado %n problema. Corrija el archivo y vuelva a comprobarlo: no se importa nada mientras quede alguno.</numerusform>
                <numerusform>Se han encontrado %n problemas. Corrija el archivo y vuelva a comprobarlo: no se importa nada mientras quede alguno.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <extracomment>Shown while the rows of an import file are written</extracomment>
            <translation>Importando…</translation>
        </message>
        <message>
            <source>Choose the kind of records and the CSV file, then check it.</source>
            <extracomment>How the import dialog starts</extracomment>
            <translation>Elija el tipo de registros y el archivo CSV y, a continuación, compruébelo.</translation>
        </message>
        <message>
            <source>Import from CSV</source>
            <extracomment>Title of the import dialog</extracomment>
            <translation>Importar desde CSV</translation>
        </message>
        <message>
            <source>&amp;Kind of records:</source>
            <translation>&amp;Tipo de registros:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <extracomment>Form label: the file the new fund is saved in</extracomment>
            <translation>Arc&amp;hivo:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>Com&amp;probar</translation>
        </message>
        <message>
            <source>The conditions of the receipts in this file do not restrict their use to specific activities (no earmarking, ¶19)</source>
            <translation>Las condiciones de los ingresos de este archivo no restringen su uso a actividades concretas (sin asignación a fines específicos, ¶19)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <extracomment>Button in the banner shown while a fund opens</extracomment>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <extracomment>Button of the import dialog: write the checked file's rows</extracomment>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Kind of records</source>
            <translation>Tipo de registros</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>Archivo CSV</translation>
        </message>
        <message>
            <source>Path of a UTF-8 CSV file, comma or semicolon</source>
            <translation>Ruta de un archivo CSV en UTF-8, separado por comas o por punto y coma</translation>
        </message>
        <message>
            <source>Receipts' conditions are not earmarks</source>
            <translation>Las condiciones de los ingresos no constituyen asignaciones a fines específicos</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>Resultado de la comprobación</translation>
        </message>
        <message>
            <source>Rows of the file</source>
            <translation>Filas del archivo</translation>
        </message>
        <message>
            <source>Every row of the file with the problems found in it, in the last column</source>
            <translation>Cada fila del archivo con los problemas encontrados en ella, en la última columna</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translation>Problemas encontrados</translation>
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
            <translation>Línea</translation>
        </message>
        <message>
            <source>Problems</source>
            <extracomment>Column of the import preview: what is wrong with the row</extracomment>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>One delegate: from %1 to %2 by region of origin</source>
            <extracomment>Live under the cost norms: %1 the cheapest, %2 the dearest estimate for one delegate</extracomment>
            <translation>Un delegado: de %1 a %2 según la región de origen</translation>
        </message>
        <message>
            <source>Meeting %1</source>
            <translation>Reunión %1</translation>
        </message>
        <message>
            <source>New Meeting</source>
            <translation>Nueva reunión</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>&amp;Ciudad:</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <extracomment>Form label: the first day of the meeting</extracomment>
            <translation>&amp;Primer día:</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>Ú&amp;ltimo día:</translation>
        </message>
        <message>
            <source>Formal &amp;meeting days:</source>
            <extracomment>Form label: the days of formal meetings a sponsored delegate attends (¶21d)</extracomment>
            <translation>Días de &amp;sesiones oficiales:</translation>
        </message>
        <message>
            <source>Airfare by region of origin (USD):</source>
            <extracomment>Form label above the return airfare estimated per region the delegate travels from</extracomment>
            <translation>Pasaje aéreo según la región de origen (USD):</translation>
        </message>
        <message>
            <source>&amp;DSA rate per day (USD):</source>
            <extracomment>Form label: the daily subsistence allowance rate, in USD</extracomment>
            <translation>Tasa de &amp;dietas por día (USD):</translation>
        </message>
        <message>
            <source>DSA da&amp;ys:</source>
            <extracomment>Form label: how many days of daily subsistence allowance are paid</extracomment>
            <translation>Días de die&amp;tas:</translation>
        </message>
        <message>
            <source>&amp;Terminal expenses (USD):</source>
            <extracomment>Form label: the terminal expenses of the trip, in USD</extracomment>
            <translation>&amp;Gastos de salida y llegada (USD):</translation>
        </message>
        <message>
            <source>Per delegate:</source>
            <extracomment>Form label: what one delegate costs under these norms</extracomment>
            <translation>Por delegado:</translation>
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
            <translation>Pasaje aéreo desde %1 en USD</translation>
        </message>
        <message>
            <source>Such as PM-2026-1</source>
            <translation>Por ejemplo, PM-2026-1</translation>
        </message>
        <message>
            <source>Close %1? Its records will refuse every change until the year is reopened, with a reason.</source>
            <translation>¿Desea cerrar el ejercicio %1? Sus registros no admitirán ningún cambio hasta que se reabra el ejercicio, indicando un motivo.</translation>
        </message>
        <message>
            <source>Reopen %1? Its records can be changed again; the reason is kept on record.</source>
            <translation>¿Desea reabrir el ejercicio %1? Sus registros podrán volver a modificarse; el motivo quedará registrado.</translation>
        </message>
        <message>
            <source>Enter the reason for reopening the year: it is kept on record.</source>
            <translation>Introduzca el motivo de la reapertura del ejercicio: quedará registrado.</translation>
        </message>
        <message>
            <source>Close a Year</source>
            <translation>Cerrar un ejercicio</translation>
        </message>
        <message>
            <source>Reopen a Year</source>
            <translation>Reabrir un ejercicio</translation>
        </message>
        <message>
            <source>A closed year refuses changes to its records: payments, approvals and other writes dated in it. Only the fund manager can close a year.</source>
            <translation>Un ejercicio cerrado no admite cambios en sus registros: pagos, aprobaciones y otras operaciones de escritura con fecha en ese ejercicio. Solo el administrador del fondo puede cerrar un ejercicio.</translation>
        </message>
        <message>
            <source>Reopening allows changes to the year's records again. The reason is kept on record with your name.</source>
            <translation>La reapertura permite volver a modificar los registros del ejercicio. El motivo queda registrado junto con su nombre.</translation>
        </message>
        <message>
            <source>&amp;Year to close:</source>
            <translation>&amp;Ejercicio que se cerrará:</translation>
        </message>
        <message>
            <source>&amp;Year to reopen:</source>
            <translation>&amp;Ejercicio que se reabrirá:</translation>
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation>&amp;Motivo (obligatorio):</translation>
        </message>
        <message>
            <source>Year to close</source>
            <translation>Ejercicio que se cerrará</translation>
        </message>
        <message>
            <source>Year to reopen</source>
            <translation>Ejercicio que se reabrirá</translation>
        </message>
        <message>
            <source>Reason for reopening</source>
            <translation>Motivo de la reapertura</translation>
        </message>
        <message>
            <source>&amp;Close year</source>
            <translation>&amp;Cerrar ejercicio</translation>
        </message>
        <message>
            <source>&amp;Reopen year</source>
            <translation>&amp;Reabrir ejercicio</translation>
        </message>
        <message>
            <source>New Profile</source>
            <translation>Nuevo perfil</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>The fund manager recommends, the High Representative's office approves.</source>
            <translation>El administrador del fondo recomienda; la Oficina de la Alta Representante aprueba.</translation>
        </message>
        <message>
            <source>&amp;Create profile</source>
            <translation>&amp;Crear perfil</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rol:</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s).</source>
            <extracomment>%n is the number of records listed</extracomment>
            <translation>
                <numerusform>%n registro.</numerusform>
                <numerusform>%n registros.</numerusform>
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
            <translation>Sin evaluar</translation>
        </message>
        <message>
            <source>Met</source>
            <extracomment>Choice for a ¶21 criterion</extracomment>
            <translation>Se cumple</translation>
        </message>
        <message>
            <source>Not met</source>
            <extracomment>Choice for a ¶21 criterion</extracomment>
            <translation>No se cumple</translation>
        </message>
        <message>
            <source>Criterion %1</source>
            <extracomment>Accessible name of a criterion's choice; %1 is "¶21(a)"</extracomment>
            <translation>Criterio %1</translation>
        </message>
        <message>
            <source>Evidence for %1</source>
            <extracomment>Accessible name of a criterion's evidence box; %1 is "¶21(a)"</extracomment>
            <translation>Pruebas relativas al %1</translation>
        </message>
        <message>
            <source>Evidence seen, such as the nominating letter</source>
            <translation>Pruebas examinadas, como la carta de designación</translation>
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
            <translation>Solicitud de patrocinio — %1</translation>
        </message>
        <message>
            <source>New Sponsorship Application</source>
            <translation>Nueva solicitud de patrocinio</translation>
        </message>
        <message>
            <source>Criteria (¶21)</source>
            <extracomment>Tab of the sponsorship form: the five criteria of ¶21</extracomment>
            <translation>Criterios (¶21)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <source>After the Meeting</source>
            <extracomment>Tab of the sponsorship form: attendance, report and actual cost</extracomment>
            <translation>Después de la reunión</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>&amp;Reunión:</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>&amp;Género:</translation>
        </message>
        <message>
            <source>M&amp;inistry or agency:</source>
            <translation>&amp;Ministerio u organismo:</translation>
        </message>
        <message>
            <source>Capital-&amp;based:</source>
            <extracomment>Form label: whether the official works in the capital (¶21a)</extracomment>
            <translation>Con &amp;sede en la capital:</translation>
        </message>
        <message>
            <source>C&amp;ontact:</source>
            <translation>C&amp;ontacto:</translation>
        </message>
        <message>
            <source>Nominating &amp;letter:</source>
            <translation>Carta de &amp;designación:</translation>
        </message>
        <message>
            <source>S&amp;core:</source>
            <extracomment>Form label: the reviewer's score, 0 to 100</extracomment>
            <translation>&amp;Puntuación:</translation>
        </message>
        <message>
            <source>Dra&amp;ft:</source>
            <translation>&amp;Borrador:</translation>
        </message>
        <message>
            <source>Not&amp;es:</source>
            <translation>No&amp;tas:</translation>
        </message>
        <message>
            <source>Estimated cost:</source>
            <extracomment>Form label: the cost computed from the meeting's norms</extracomment>
            <translation>Costo estimado:</translation>
        </message>
        <message>
            <source>Set the cost by &amp;hand:</source>
            <translation>Fi&amp;jar el costo manualmente:</translation>
        </message>
        <message>
            <source>&amp;Cost (USD):</source>
            <translation>&amp;Costo (USD):</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <extracomment>Form label: why the cost differs from the meeting's norms (mandatory)</extracomment>
            <translation>Moti&amp;vo:</translation>
        </message>
        <message>
            <source>Attended all formal &amp;meetings:</source>
            <extracomment>Form label: did the delegate attend all formal meetings (¶21d)</extracomment>
            <translation>Asistió a todas las sesiones o&amp;ficiales:</translation>
        </message>
        <message>
            <source>&amp;Report received:</source>
            <extracomment>Form label: did the delegate share a report with the fund manager (¶21e)</extracomment>
            <translation>&amp;Informe recibido:</translation>
        </message>
        <message>
            <source>&amp;Actual cost (USD):</source>
            <translation>Costo re&amp;al (USD):</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elija…</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <extracomment>Choice for attendance at all formal meetings: nobody has said yet</extracomment>
            <translation>Aún no se sabe</translation>
        </message>
        <message>
            <source>Yes, confirmed</source>
            <translation>Sí, confirmado</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Works in the capital (¶21a)</source>
            <translation>Trabaja en la capital (¶21a)</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibido</translation>
        </message>
        <message>
            <source>Not yet submitted for screening</source>
            <translation>Aún no presentada para examen</translation>
        </message>
        <message>
            <source>Shared with the fund manager (¶21e)</source>
            <translation>Compartido con el administrador del fondo (¶21e)</translation>
        </message>
        <message>
            <source>Use my own figure instead of the meeting's norms</source>
            <translation>Usar mi propia cifra en lugar de las normas de la reunión</translation>
        </message>
        <message>
            <source>No score</source>
            <extracomment>Shown in the score box when the reviewer has not scored the application</extracomment>
            <translation>Sin puntuación</translation>
        </message>
        <message>
            <source>Such as a known cheaper fare or a longer trip</source>
            <translation>Por ejemplo, una tarifa más barata conocida o un viaje más largo</translation>
        </message>
        <message>
            <source>E-mail or telephone</source>
            <translation>Correo electrónico o teléfono</translation>
        </message>
        <message>
            <source>Criteria of ¶21</source>
            <translation>Criterios del ¶21</translation>
        </message>
        <message>
            <source>Screening against ¶21</source>
            <translation>Examen con arreglo al ¶21</translation>
        </message>
        <message>
            <source>Enter the cost in USD, or clear “Use my own figure”.</source>
            <translation>Introduzca el costo en USD o desmarque “Usar mi propia cifra”.</translation>
        </message>
        <message>
            <source>Eligible: the application meets all five criteria of ¶21.</source>
            <translation>Admisible: la solicitud cumple los cinco criterios del ¶21.</translation>
        </message>
        <message>
            <source>Ineligible — it cannot be recommended:</source>
            <extracomment>Heading of the screening lines when a ¶21 criterion fails</extracomment>
            <translation>No admisible — no puede recomendarse:</translation>
        </message>
        <message>
            <source>• %1</source>
            <extracomment>One line of the screening: a failing criterion in words</extracomment>
            <translation>• %1</translation>
        </message>
        <message>
            <source>Still to assess: %1.</source>
            <extracomment>%1 lists criteria such as "¶21(d) and ¶21(e)"</extracomment>
            <translation>Pendiente de evaluar: %1.</translation>
        </message>
        <message>
            <source>%1, from the meeting's norms for the State's region</source>
            <extracomment>The live estimate; %1 is an amount such as USD 5,656.00</extracomment>
            <translation>%1, según las normas de la reunión para la región del Estado</translation>
        </message>
        <message>
            <source>New fund</source>
            <extracomment>Title of the file dialog that picks where a new fund is saved</extracomment>
            <translation>Nuevo fondo</translation>
        </message>
        <message>
            <source>FundDesk funds (*.funddesk)</source>
            <translation>Fondos de FundDesk (*.funddesk)</translation>
        </message>
        <message>
            <source>Give the fund a name: it heads every report and packet.</source>
            <translation>Asigne un nombre al fondo: encabeza todos los informes y expedientes.</translation>
        </message>
        <message>
            <source>“%1” is not an amount in US dollars. Enter the threshold as a number such as 250000, or leave it empty to set it later.</source>
            <extracomment>%1 is the amount typed</extracomment>
            <translation>“%1” no es un importe en dólares de los Estados Unidos. Introduzca el umbral como un número, por ejemplo 250000, o deje el campo vacío para fijarlo más adelante.</translation>
        </message>
        <message>
            <source>Choose the file the new fund is saved in.</source>
            <translation>Elija el archivo en el que se guardará el nuevo fondo.</translation>
        </message>
        <message>
            <source>“%1” already exists; a new fund never replaces a file. Choose another name.</source>
            <translation>“%1” ya existe; un fondo nuevo nunca reemplaza un archivo. Elija otro nombre.</translation>
        </message>
        <message>
            <source>Welcome to FundDesk</source>
            <translation>Bienvenido a FundDesk</translation>
        </message>
        <message>
            <source>There is no fund on this computer yet. Create the fund you manage, open a fund file you already have, or explore a demo fund with realistic records first.</source>
            <translation>Todavía no hay ningún fondo en esta computadora. Cree el fondo que administra, abra un archivo de fondo que ya tenga o explore primero un fondo de demostración con registros realistas.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <extracomment>Label of the interface language choice in the welcome dialog
----------
Form label: the language of FundDesk's windows</extracomment>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language of FundDesk's windows; it changes at once.</source>
            <translation>El idioma de las ventanas de FundDesk; cambia de inmediato.</translation>
        </message>
        <message>
            <source>A new fund</source>
            <extracomment>Group title in the welcome dialog</extracomment>
            <translation>Un fondo nuevo</translation>
        </message>
        <message>
            <source>Fund name</source>
            <translation>Nombre del fondo</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building</source>
            <extracomment>Placeholder of the fund name; an example, translate freely</extracomment>
            <translation>Fondo de Contribuciones Voluntarias de las Naciones Unidas para la Creación de Capacidad en Seguridad de las TIC</translation>
        </message>
        <message>
            <source>The fund's books are kept in US dollars.</source>
            <translation>La contabilidad del fondo se lleva en dólares de los Estados Unidos.</translation>
        </message>
        <message>
            <source>Operational threshold (USD)</source>
            <translation>Umbral operativo (USD)</translation>
        </message>
        <message>
            <source>¶16: the fund operates once its receipts reach this amount. Leave it empty to set it later in Settings.</source>
            <translation>¶16: el fondo pasa a estar operativo cuando sus ingresos alcanzan este importe. Deje el campo vacío para fijarlo más adelante en Configuración.</translation>
        </message>
        <message>
            <source>Fund file</source>
            <translation>Archivo del fondo</translation>
        </message>
        <message>
            <source>C&amp;hange…</source>
            <extracomment>Button: choose another file for the new fund</extracomment>
            <translation>Ca&amp;mbiar…</translation>
        </message>
        <message>
            <source>Choose the fund file</source>
            <translation>Elija el archivo del fondo</translation>
        </message>
        <message>
            <source>C&amp;reate the fund</source>
            <translation>&amp;Crear el fondo</translation>
        </message>
        <message>
            <source>Create the fund</source>
            <translation>Crear el fondo</translation>
        </message>
        <message>
            <source>Or:</source>
            <extracomment>Welcome dialog, before the buttons that open a file or the demo fund</extracomment>
            <translation>O bien:</translation>
        </message>
        <message>
            <source>&amp;Open an existing fund…</source>
            <translation>&amp;Abrir un fondo existente…</translation>
        </message>
        <message>
            <source>Open an existing fund</source>
            <translation>Abrir un fondo existente</translation>
        </message>
        <message>
            <source>E&amp;xplore the demo fund</source>
            <translation>&amp;Explorar el fondo de demostración</translation>
        </message>
        <message>
            <source>Explore the demo fund</source>
            <translation>Explorar el fondo de demostración</translation>
        </message>
        <message>
            <source>A fictitious fund with three years of realistic records, to try FundDesk before entering your own.</source>
            <translation>Un fondo ficticio con tres años de registros realistas, para probar FundDesk antes de introducir sus propios registros.</translation>
        </message>
        <message>
            <source>Propose an amended amount</source>
            <translation>Proponer un importe modificado</translation>
        </message>
        <message>
            <source>Approve the amended amount</source>
            <translation>Aprobar el importe modificado</translation>
        </message>
        <message>
            <source>Reject the amended amount</source>
            <translation>Rechazar el importe modificado</translation>
        </message>
        <message>
            <source>“%1” is not an amount in USD. Type it like %2.</source>
            <extracomment>%1 is what the user typed</extracomment>
            <translation>“%1” no es un importe en USD. Escríbalo así: %2.</translation>
        </message>
        <message>
            <source>Enter the new amount in USD.</source>
            <translation>Introduzca el nuevo importe en USD.</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Flujo de trabajo</translation>
        </message>
        <message>
            <source>Current status: %1</source>
            <extracomment>%1 is a status such as "Under review"</extracomment>
            <translation>Situación actual: %1</translation>
        </message>
        <message>
            <source>Committed: %1 (approved: %2)</source>
            <extracomment>%1 the amount committed now, %2 the amount approved at first</extracomment>
            <translation>Comprometido: %1 (aprobado: %2)</translation>
        </message>
        <message>
            <source>Amendment awaiting a decision: %1, “%2”</source>
            <extracomment>%1 the amount proposed in an amendment awaiting a decision</extracomment>
            <translation>Modificación pendiente de decisión: %1, “%2”</translation>
        </message>
        <message>
            <source>Acting as: %1 (%2)</source>
            <extracomment>%1 a person's name, %2 their role</extracomment>
            <translation>Actúa como: %1 (%2)</translation>
        </message>
        <message>
            <source>No profile is chosen: choose yours with Profile in the status bar before changing a status.</source>
            <translation>No se ha elegido ningún perfil: elija el suyo con “Perfil” en la barra de estado antes de cambiar una situación.</translation>
        </message>
        <message>
            <source>&amp;Next step:</source>
            <translation>&amp;Siguiente paso:</translation>
        </message>
        <message>
            <source>This is a final status: no step is allowed from here.</source>
            <translation>Esta es una situación final: no se permite ningún paso desde aquí.</translation>
        </message>
        <message>
            <source>Written &amp;justification (required):</source>
            <translation>&amp;Justificación escrita (obligatoria):</translation>
        </message>
        <message>
            <source>&amp;Note (optional):</source>
            <translation>&amp;Nota (opcional):</translation>
        </message>
        <message>
            <source>New &amp;amount in USD (required):</source>
            <translation>Nuevo &amp;importe en USD (obligatorio):</translation>
        </message>
        <message>
            <source>Approved &amp;amount in USD (empty: the amount requested):</source>
            <translation>&amp;Importe aprobado en USD (vacío: el importe solicitado):</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Siguiente paso</translation>
        </message>
        <message>
            <source>Only the steps allowed from the current status are listed.</source>
            <translation>Solo se enumeran los pasos permitidos desde la situación actual.</translation>
        </message>
        <message>
            <source>Written justification</source>
            <translation>Justificación escrita</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Amount in USD</source>
            <translation>Importe en USD</translation>
        </message>
        <message>
            <source>&amp;Record step</source>
            <translation>&amp;Registrar paso</translation>
        </message>
        <message>
            <source>Print preview — %1</source>
            <translation>Vista previa de impresión — %1</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Vista previa de impresión</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>Imprimir %1</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Guardar como PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <extracomment>file type filter in the save dialog</extracomment>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Escribiendo %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Writing the PDF</source>
            <translation>Escribiendo el PDF</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2. Choose a folder you can write to.</source>
            <translation>No se puede escribir “%1”: %2. Elija una carpeta en la que pueda escribir.</translation>
        </message>
        <message>
            <source>Contributions received in %1 (¶17)</source>
            <extracomment>%1 a year</extracomment>
            <translation>Contribuciones recibidas en %1 (¶17)</translation>
        </message>
        <message>
            <source>Contributions are published unless the donor asks otherwise (¶17). Amounts in US dollars.</source>
            <translation>Las contribuciones se publican salvo que el donante indique lo contrario (¶17). Importes en dólares de los Estados Unidos.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>Made %1 UTC · record SHA-256 %2</source>
            <extracomment>document footer: %1 date and time made (UTC), %2 the SHA-256 of the record shown</extracomment>
            <translation>Generado el %1 UTC · SHA-256 del registro: %2</translation>
        </message>
        <message>
            <source>Cannot create the folder “%1”. Choose a folder you can write to.</source>
            <translation>No se puede crear la carpeta “%1”. Elija una carpeta en la que pueda escribir.</translation>
        </message>
        <message>
            <source>Document &amp;language:</source>
            <extracomment>the language a document is written in, not the interface's</extracomment>
            <translation>&amp;Idioma del documento:</translation>
        </message>
        <message>
            <source>Document language</source>
            <translation>Idioma del documento</translation>
        </message>
        <message>
            <source>The language the document is written in; the interface keeps its own.</source>
            <translation>El idioma en que se redacta el documento; la interfaz conserva el suyo.</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papel:</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <source>The document was cancelled; nothing was written.</source>
            <translation>Se canceló el documento; no se escribió nada.</translation>
        </message>
        <message>
            <source>Slate packet</source>
            <translation>Expediente de la lista</translation>
        </message>
        <message>
            <source>Approval packet</source>
            <translation>Expediente de aprobación</translation>
        </message>
        <message>
            <source>Meeting reference</source>
            <translation>Referencia de la reunión</translation>
        </message>
        <message>
            <source>Item reference</source>
            <translation>Referencia del elemento</translation>
        </message>
        <message>
            <source>The meeting whose recommended and approved delegates go in one packet.</source>
            <translation>La reunión cuyos delegados recomendados y aprobados se incluyen en un único expediente.</translation>
        </message>
        <message>
            <source>An activity's reference such as CB-2026-014, or SP- and a sponsorship's number such as SP-12.</source>
            <translation>La referencia de una actividad, como CB-2026-014, o SP- seguido del número de un patrocinio, como SP-12.</translation>
        </message>
        <message>
            <source>PM-2026-1</source>
            <translation>PM-2026-1</translation>
        </message>
        <message>
            <source>CB-2026-014 or SP-12</source>
            <translation>CB-2026-014 o SP-12</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>&amp;Vista previa…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Guardar como PDF…</translation>
        </message>
        <message>
            <source>Print preview of the packet</source>
            <translation>Vista previa de impresión del expediente</translation>
        </message>
        <message>
            <source>Print the packet</source>
            <translation>Imprimir el expediente</translation>
        </message>
        <message>
            <source>Save the packet as a PDF file</source>
            <translation>Guardar el expediente como archivo PDF</translation>
        </message>
        <message>
            <source>Public contributions list %1 — preview</source>
            <extracomment>%1 a year</extracomment>
            <translation>Lista pública de contribuciones de %1 — vista previa</translation>
        </message>
        <message>
            <source>&amp;What the public page and CSV show:</source>
            <translation>&amp;Lo que muestran la página pública y el CSV:</translation>
        </message>
        <message>
            <source>Published lines</source>
            <translation>Líneas publicadas</translation>
        </message>
        <message>
            <source>What they &amp;withhold, and why (internal — not published):</source>
            <translation>Lo que se &amp;omite y por qué (interno — no se publica):</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Withheld contributions</source>
            <translation>Contribuciones no publicadas</translation>
        </message>
        <message>
            <source>Contributions whose donor asked for anonymity or not to be published.</source>
            <translation>Contribuciones cuyo donante pidió el anonimato o que no se publicaran.</translation>
        </message>
        <message>
            <source>Applicants' personal data is never part of a public output (¶11): only donors and amounts are published.</source>
            <translation>Los datos personales de los solicitantes nunca forman parte de una publicación (¶11): solo se publican los donantes y los importes.</translation>
        </message>
        <message>
            <source>%1: contributions received in %2</source>
            <extracomment>title of the public contributions page; %1 the fund's name, %2 the year</extracomment>
            <translation>%1: contribuciones recibidas en %2</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <extracomment>File menu: import donors, contributions or applications from a CSV file</extracomment>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Import records from a CSV file, after a preview</source>
            <translation>Importar registros desde un archivo CSV, tras una vista previa</translation>
        </message>
        <message>
            <source>Refund from %1</source>
            <extracomment>the payee column of a refund: %1 is who paid the money back</extracomment>
            <translation>Reembolso de %1</translation>
        </message>
        <message>
            <source>Recipient State</source>
            <translation>Estado beneficiario</translation>
        </message>
        <message>
            <source>Pin %1</source>
            <extracomment>Accessible text of the pin check box; %1 is the applicant</extracomment>
            <translation>Fijar a %1</translation>
        </message>
        <message>
            <source>Exclude %1</source>
            <extracomment>Accessible text of the exclude check box; %1 is the applicant</extracomment>
            <translation>Excluir a %1</translation>
        </message>
        <message>
            <source>; </source>
            <extracomment>Separator between the reasons for one slate decision</extracomment>
            <translation>; </translation>
        </message>
        <message>
            <source>Keep this applicant on the slate (Ctrl+P)</source>
            <translation>Mantener a este candidato en la lista (Ctrl+P)</translation>
        </message>
        <message>
            <source>Keep this applicant off the slate (Ctrl+E)</source>
            <translation>Mantener a este candidato fuera de la lista (Ctrl+E)</translation>
        </message>
        <message>
            <source>Pin</source>
            <extracomment>Column header: the applicant is kept on the slate by hand</extracomment>
            <translation>Fijar</translation>
        </message>
        <message>
            <source>Exclude</source>
            <extracomment>Column header: the applicant is kept off the slate by hand</extracomment>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>Column header: the State the applicant represents</extracomment>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <source>Cost (USD)</source>
            <extracomment>Column header: the estimated cost of sponsoring the delegate, in US dollars</extracomment>
            <translation>Costo (USD)</translation>
        </message>
        <message>
            <source>Why on the slate</source>
            <translation>Por qué figura en la lista</translation>
        </message>
        <message>
            <source>What would have to change</source>
            <translation>Qué tendría que cambiar</translation>
        </message>
        <message>
            <source>Fails %1</source>
            <extracomment>Table cell: the ¶21 criteria the application fails, such as "¶21(c)"</extracomment>
            <translation>No cumple %1</translation>
        </message>
        <message>
            <source>To assess: %1</source>
            <extracomment>Table cell: the ¶21 criteria not yet assessed, such as "¶21(d), ¶21(e)"</extracomment>
            <translation>Por evaluar: %1</translation>
        </message>
        <message>
            <source>Meets ¶21</source>
            <extracomment>Table cell: the application meets all five criteria of ¶21</extracomment>
            <translation>Cumple el ¶21</translation>
        </message>
        <message>
            <source>%1 (set)</source>
            <extracomment>Table cell: a cost the manager set by hand instead of the meeting's norms</extracomment>
            <translation>%1 (fijado)</translation>
        </message>
        <message>
            <source>%1 not yet assessed: %2</source>
            <extracomment>Tooltip line: %1 is "¶21(d)", %2 the criterion in words</extracomment>
            <translation>%1 aún sin evaluar: %2</translation>
        </message>
        <message>
            <source>Set by hand: %1</source>
            <extracomment>Tooltip of a cost set by hand; %1 is the reason the manager gave</extracomment>
            <translation>Fijado manualmente: %1</translation>
        </message>
        <message>
            <source>Estimated from the meeting's cost norms</source>
            <translation>Estimado según las normas de costos de la reunión</translation>
        </message>
        <message>
            <source>Priority groups</source>
            <extracomment>Column header: LDC, LLDC or SIDS (¶22)</extracomment>
            <translation>Grupos prioritarios</translation>
        </message>
        <message>
            <source>Eligibility (¶21)</source>
            <extracomment>Column header: the screening against the five criteria of ¶21</extracomment>
            <translation>Admisibilidad (¶21)</translation>
        </message>
        <message>
            <source>On this computer</source>
            <extracomment>Title of the Settings group whose values belong to this computer, not to the fund file</extracomment>
            <translation>En esta computadora</translation>
        </message>
        <message>
            <source>Automatic &amp;backups to keep:</source>
            <extracomment>Form label: how many automatic backups of the fund are kept</extracomment>
            <translation>&amp;Copias de seguridad automáticas que se conservan:</translation>
        </message>
        <message>
            <source>Automatic backups to keep</source>
            <translation>Copias de seguridad automáticas que se conservan</translation>
        </message>
        <message>
            <source>FundDesk backs up the fund when it closes and keeps this many copies; the oldest is removed first.</source>
            <translation>FundDesk hace una copia de seguridad del fondo al cerrarlo y conserva este número de copias; la más antigua se elimina primero.</translation>
        </message>
        <message>
            <source>Backup fol&amp;der:</source>
            <extracomment>Form label: the folder the automatic backups are written to</extracomment>
            <translation>Ca&amp;rpeta de copias de seguridad:</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Carpeta de copias de seguridad</translation>
        </message>
        <message>
            <source>Beside the fund's file, once a fund is open</source>
            <extracomment>Shown in the backup folder field when no fund is open</extracomment>
            <translation>Junto al archivo del fondo, una vez abierto un fondo</translation>
        </message>
        <message>
            <source>Year of the dashboard</source>
            <translation>Año del panel</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <extracomment>tab of the dashboard</extracomment>
            <translation>&amp;Resumen general</translation>
        </message>
        <message>
            <source>Fund &amp;size</source>
            <translation>&amp;Tamaño del fondo</translation>
        </message>
        <message>
            <source>S&amp;pending</source>
            <translation>&amp;Gastos</translation>
        </message>
        <message>
            <source>&amp;Contributions</source>
            <translation>&amp;Contribuciones</translation>
        </message>
        <message>
            <source>&amp;Delegates</source>
            <translation>&amp;Delegados</translation>
        </message>
        <message>
            <source>&amp;Applications</source>
            <translation>&amp;Solicitudes</translation>
        </message>
        <message>
            <source>Scenario p&amp;lanner</source>
            <translation>&amp;Planificador de escenarios</translation>
        </message>
        <message>
            <source>Dashboard views</source>
            <translation>Vistas del panel</translation>
        </message>
        <message>
            <source>What the money buys, beside the two illustrative scales of ¶20 (small: USD 2 million, 10 delegates twice a year, 1–3 activities; medium: USD 5 million, 20 delegates twice a year, up to 10 activities):</source>
            <translation>Lo que financia el dinero, junto a las dos escalas ilustrativas del ¶20 (reducida: 2 millones de dólares, 10 delegados dos veces al año, de 1 a 3 actividades; intermedia: 5 millones de dólares, 20 delegados dos veces al año, hasta 10 actividades):</translation>
        </message>
        <message>
            <source>What the money buys</source>
            <translation>Lo que financia el dinero</translation>
        </message>
        <message>
            <source>Sponsorships and activities</source>
            <translation>Patrocinios y actividades</translation>
        </message>
        <message>
            <source>Payments and refunds</source>
            <translation>Pagos y reembolsos</translation>
        </message>
        <message>
            <source>Payments only</source>
            <translation>Solo pagos</translation>
        </message>
        <message>
            <source>Refunds only</source>
            <translation>Solo reembolsos</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message numerus="yes">
            <source>%n disbursement(s) shown · net %1</source>
            <extracomment>Under the disbursements table: %1 is the net USD of the shown rows</extracomment>
            <translation>
                <numerusform>%n desembolso mostrado · neto %1</numerusform>
                <numerusform>%n desembolsos mostrados · neto %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Closed years: none</source>
            <translation>Ejercicios cerrados: ninguno</translation>
        </message>
        <message>
            <source>Closed years: %1</source>
            <translation>Ejercicios cerrados: %1</translation>
        </message>
        <message>
            <source>disbursement %1</source>
            <extracomment>names a disbursement in the History window's title: %1 its number</extracomment>
            <translation>desembolso %1</translation>
        </message>
        <message>
            <source>Record &amp;payment…</source>
            <translation>Registrar &amp;pago…</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Registrar pago</translation>
        </message>
        <message>
            <source>Record a payment against an approved or active sponsorship or activity.</source>
            <translation>Registrar un pago con cargo a un patrocinio o una actividad aprobados o en curso.</translation>
        </message>
        <message>
            <source>Re&amp;fund…</source>
            <translation>Ree&amp;mbolso…</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Reembolso</translation>
        </message>
        <message>
            <source>Record money paid back, with its reason.</source>
            <translation>Registrar el dinero devuelto, indicando el motivo.</translation>
        </message>
        <message>
            <source>Hi&amp;story…</source>
            <extracomment>Button: show the earlier states of the selected contribution</extracomment>
            <translation>&amp;Historial…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Paymen&amp;ts:</source>
            <translation>Pa&amp;gos:</translation>
        </message>
        <message>
            <source>Kind of item</source>
            <translation>Tipo de elemento</translation>
        </message>
        <message>
            <source>Payments or refunds</source>
            <translation>Pagos o reembolsos</translation>
        </message>
        <message>
            <source>&amp;Net USD by region and year (rows shown)</source>
            <translation>USD &amp;netos por región y año (filas mostradas)</translation>
        </message>
        <message>
            <source>Net USD by region and year</source>
            <translation>USD netos por región y año</translation>
        </message>
        <message>
            <source>&amp;Close year…</source>
            <translation>&amp;Cerrar ejercicio…</translation>
        </message>
        <message>
            <source>Close year</source>
            <translation>Cerrar ejercicio</translation>
        </message>
        <message>
            <source>Re&amp;open year…</source>
            <translation>Rea&amp;brir ejercicio…</translation>
        </message>
        <message>
            <source>Reopen year</source>
            <translation>Reabrir ejercicio</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Carpeta de salida</translation>
        </message>
        <message>
            <source>The annual report was saved.</source>
            <translation>Se guardó el informe anual.</translation>
        </message>
        <message>
            <source>Choose the folder to write the public list into.</source>
            <translation>Elija la carpeta en la que se escribirá la lista pública.</translation>
        </message>
        <message>
            <source>Published:
%1</source>
            <extracomment>%1 the files written, one per line</extracomment>
            <translation>Publicado:
%1</translation>
        </message>
        <message>
            <source>Annual report to donors (¶27)</source>
            <translation>Informe anual a los donantes (¶27)</translation>
        </message>
        <message>
            <source>Year of the annual report</source>
            <translation>Año del informe anual</translation>
        </message>
        <message>
            <source>Print preview of the annual report</source>
            <translation>Vista previa de impresión del informe anual</translation>
        </message>
        <message>
            <source>Print the annual report</source>
            <translation>Imprimir el informe anual</translation>
        </message>
        <message>
            <source>Save the annual report as a PDF file</source>
            <translation>Guardar el informe anual como archivo PDF</translation>
        </message>
        <message>
            <source>Public contributions list (¶17)</source>
            <translation>Lista pública de contribuciones (¶17)</translation>
        </message>
        <message>
            <source>Y&amp;ear:</source>
            <translation>Añ&amp;o:</translation>
        </message>
        <message>
            <source>Year of the public list</source>
            <translation>Año de la lista pública</translation>
        </message>
        <message>
            <source>Output &amp;folder:</source>
            <translation>&amp;Carpeta de salida:</translation>
        </message>
        <message>
            <source>Where the HTML page and the CSV file for the fund's website are written.</source>
            <translation>Dónde se escriben la página HTML y el archivo CSV para el sitio web del fondo.</translation>
        </message>
        <message>
            <source>Choose the output folder</source>
            <translation>Elija la carpeta de salida</translation>
        </message>
        <message>
            <source>Preview &amp;withheld…</source>
            <translation>Vista previa de lo &amp;no publicado…</translation>
        </message>
        <message>
            <source>Preview what the public list shows and withholds</source>
            <translation>Ver una vista previa de lo que la lista pública muestra y de lo que no publica</translation>
        </message>
        <message>
            <source>P&amp;ublish</source>
            <translation>P&amp;ublicar</translation>
        </message>
        <message>
            <source>Write the public list</source>
            <translation>Escribir la lista pública</translation>
        </message>
        <message>
            <source>Pri&amp;nt list…</source>
            <translation>Imp&amp;rimir lista…</translation>
        </message>
        <message>
            <source>Print preview of the public list</source>
            <translation>Vista previa de impresión de la lista pública</translation>
        </message>
        <message>
            <source>Approval packets (¶18)</source>
            <translation>Expedientes de aprobación (¶18)</translation>
        </message>
        <message>
            <source>For the High Representative's signature: one item, or a meeting's whole slate.</source>
            <translation>Para la firma de la Alta Representante: un elemento o toda la lista de una reunión.</translation>
        </message>
        <message>
            <source>Item pac&amp;ket…</source>
            <translation>E&amp;xpediente de un elemento…</translation>
        </message>
        <message>
            <source>Approval packet of one item</source>
            <translation>Expediente de aprobación de un elemento</translation>
        </message>
        <message>
            <source>S&amp;late packet…</source>
            <translation>Expediente de la &amp;lista…</translation>
        </message>
        <message>
            <source>Approval packet of a meeting's slate</source>
            <translation>Expediente de aprobación de la lista de una reunión</translation>
        </message>
        <message>
            <source>Sa&amp;ve scenario</source>
            <extracomment>button of the scenario planner</extracomment>
            <translation>&amp;Guardar escenario</translation>
        </message>
        <message>
            <source>Annual funding in US dollars</source>
            <translation>Financiación anual en dólares de los Estados Unidos</translation>
        </message>
        <message>
            <source>Staff costs a year in US dollars</source>
            <translation>Gastos de personal anuales en dólares de los Estados Unidos</translation>
        </message>
        <message>
            <source>Cost per delegate in US dollars</source>
            <translation>Costo por delegado en dólares de los Estados Unidos</translation>
        </message>
        <message>
            <source>Average activity cost in US dollars</source>
            <translation>Costo medio por actividad en dólares de los Estados Unidos</translation>
        </message>
        <message>
            <source>Staff posts (P and GS) charged to &amp;contributions (¶15)</source>
            <translation>Puestos de personal (P y SG) con cargo a las &amp;contribuciones (¶15)</translation>
        </message>
        <message>
            <source>Start from a scenario</source>
            <translation>Empezar a partir de un escenario</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>Nombre del escenario</translation>
        </message>
        <message>
            <source>Sessions a year</source>
            <translation>Períodos de sesiones al año</translation>
        </message>
        <message>
            <source>Delegates per session</source>
            <translation>Delegados por período de sesiones</translation>
        </message>
        <message>
            <source>What the scenario carries</source>
            <translation>Lo que cubre el escenario</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>Escenarios comparados</translation>
        </message>
        <message>
            <source>&amp;Start from:</source>
            <translation>&amp;Empezar a partir de:</translation>
        </message>
        <message>
            <source>Annual &amp;funding (USD):</source>
            <translation>&amp;Financiación anual (USD):</translation>
        </message>
        <message>
            <source>Staff costs a &amp;year (USD):</source>
            <translation>Gastos de personal &amp;anuales (USD):</translation>
        </message>
        <message>
            <source>S&amp;essions a year:</source>
            <translation>Períodos de &amp;sesiones al año:</translation>
        </message>
        <message>
            <source>&amp;Delegates per session:</source>
            <translation>&amp;Delegados por período de sesiones:</translation>
        </message>
        <message>
            <source>Cost per de&amp;legate (USD):</source>
            <translation>Costo por de&amp;legado (USD):</translation>
        </message>
        <message>
            <source>Average &amp;activity cost (USD):</source>
            <translation>Costo medio por ac&amp;tividad (USD):</translation>
        </message>
        <message>
            <source>Scenarios side by side (¶20 and saved):</source>
            <translation>Escenarios comparados (¶20 y guardados):</translation>
        </message>
        <message>
            <source>Figures</source>
            <extracomment>Heading of the figures beside the proposed slate</extracomment>
            <translation>Cifras</translation>
        </message>
        <message>
            <source>Propose a slate to see its figures.</source>
            <translation>Proponga una lista para ver sus cifras.</translation>
        </message>
        <message>
            <source>No application for this meeting is in the running yet: submitted applications that meet ¶21 can be proposed.</source>
            <translation>Todavía no hay ninguna solicitud en consideración para esta reunión: pueden proponerse las solicitudes presentadas que cumplan el ¶21.</translation>
        </message>
        <message>
            <source>Sc&amp;enario:</source>
            <extracomment>Label of the ¶20 scenario combo of the slate builder</extracomment>
            <translation>&amp;Escenario:</translation>
        </message>
        <message numerus="yes">
            <source>Small scale (¶20): %n delegate(s)</source>
            <extracomment>¶20 scenario: USD 2 million a year, 10 sponsored delegates per session</extracomment>
            <translation>
                <numerusform>Escala reducida (¶20): %n delegado</numerusform>
                <numerusform>Escala reducida (¶20): %n delegados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Medium scale (¶20): %n delegate(s)</source>
            <extracomment>¶20 scenario: USD 5 million a year, 20 sponsored delegates per session</extracomment>
            <translation>
                <numerusform>Escala intermedia (¶20): %n delegado</numerusform>
                <numerusform>Escala intermedia (¶20): %n delegados</numerusform>
            </translation>
        </message>
        <message>
            <source>Other number of seats</source>
            <extracomment>Scenario combo: a seat count of the person's own choosing</extracomment>
            <translation>Otro número de plazas</translation>
        </message>
        <message>
            <source>&amp;Seats:</source>
            <translation>Pla&amp;zas:</translation>
        </message>
        <message>
            <source>&amp;Budget (USD):</source>
            <extracomment>Label of the optional budget of the slate, in USD</extracomment>
            <translation>Pres&amp;upuesto (USD):</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Sin límite</translation>
        </message>
        <message>
            <source>&amp;Propose</source>
            <translation>&amp;Proponer</translation>
        </message>
        <message>
            <source>Propose the slate for the seats and budget (Alt+P)</source>
            <translation>Proponer la lista para las plazas y el presupuesto indicados (Alt+P)</translation>
        </message>
        <message>
            <source>C&amp;lear Pins</source>
            <extracomment>Button: forget every pin and exclusion and propose again</extracomment>
            <translation>&amp;Quitar fijaciones</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Escenario</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Plazas</translation>
        </message>
        <message>
            <source>Budget in USD</source>
            <translation>Presupuesto en USD</translation>
        </message>
        <message>
            <source>Proposing the slate</source>
            <translation>Proponiendo la lista</translation>
        </message>
        <message numerus="yes">
            <source>Proposed slate (%n delegate(s))</source>
            <extracomment>Heading of the list of proposed delegates</extracomment>
            <translation>
                <numerusform>Lista propuesta (%n delegado)</numerusform>
                <numerusform>Lista propuesta (%n delegados)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out (%n applicant(s))</source>
            <extracomment>Heading of the list of applicants not on the slate</extracomment>
            <translation>
                <numerusform>No incluidos (%n candidato)</numerusform>
                <numerusform>No incluidos (%n candidatos)</numerusform>
            </translation>
        </message>
        <message>
            <source>Proposed slate</source>
            <translation>Lista propuesta</translation>
        </message>
        <message>
            <source>Ctrl+P pins or unpins the current applicant, Ctrl+E excludes or includes them</source>
            <translation>Ctrl+P fija o desfija al candidato actual; Ctrl+E lo excluye o lo incluye</translation>
        </message>
        <message>
            <source>Applicants left out</source>
            <translation>Candidatos no incluidos</translation>
        </message>
        <message>
            <source>Pin to the Slate</source>
            <extracomment>Context menu of the slate lists; Ctrl+P</extracomment>
            <translation>Fijar en la lista</translation>
        </message>
        <message>
            <source>Exclude from the Slate</source>
            <extracomment>Context menu of the slate lists; Ctrl+E</extracomment>
            <translation>Excluir de la lista</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Región:</translation>
        </message>
        <message>
            <source>&amp;Priority group:</source>
            <extracomment>Filter above the sponsorship applications: LDC, LLDC or SIDS (¶22)</extracomment>
            <translation>&amp;Grupo prioritario:</translation>
        </message>
        <message>
            <source>All genders</source>
            <translation>Todos los géneros</translation>
        </message>
        <message>
            <source>Any priority group</source>
            <translation>Cualquier grupo prioritario</translation>
        </message>
        <message>
            <source>Filter by gender</source>
            <translation>Filtrar por género</translation>
        </message>
        <message>
            <source>Filter by priority group</source>
            <translation>Filtrar por grupo prioritario</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2 to %3 · %n formal meeting day(s)</source>
            <extracomment>Under the meeting selector: %1 city, %2 and %3 first and last day, %4 formal days</extracomment>
            <translation>
                <numerusform>%1, del %2 al %3 · %n día de sesiones oficiales</numerusform>
                <numerusform>%1, del %2 al %3 · %n días de sesiones oficiales</numerusform>
            </translation>
        </message>
        <message>
            <source>No meeting yet: create one with New Meeting to record applications.</source>
            <translation>Todavía no hay ninguna reunión: cree una con “Nueva reunión” para registrar solicitudes.</translation>
        </message>
        <message>
            <source>Edit Meeting</source>
            <translation>Editar reunión</translation>
        </message>
        <message>
            <source>Sponsorship of representatives and experts</source>
            <extracomment>Accessible name of the Sponsorships page</extracomment>
            <translation>Patrocinio de representantes y expertos</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>&amp;New Meeting…</source>
            <translation>&amp;Nueva reunión…</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nueva reunión</translation>
        </message>
        <message>
            <source>Edit Meet&amp;ing…</source>
            <translation>E&amp;ditar reunión…</translation>
        </message>
        <message>
            <source>Edit meeting</source>
            <translation>Editar reunión</translation>
        </message>
        <message>
            <source>Edit the meeting's dates and cost norms</source>
            <translation>Editar las fechas y las normas de costos de la reunión</translation>
        </message>
        <message>
            <source>Appli&amp;cations</source>
            <extracomment>Tab of the Sponsorships page: the table of applications</extracomment>
            <translation>Soli&amp;citudes</translation>
        </message>
        <message>
            <source>Slate B&amp;uilder</source>
            <extracomment>Tab of the Sponsorships page: propose the slate of sponsored delegates</extracomment>
            <translation>Elaboración de la &amp;lista</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s) shown · cost %1</source>
            <extracomment>Under the sponsorships table: %1 is the total cost such as USD 12,000.00</extracomment>
            <translation>
                <numerusform>%n solicitud mostrada · costo %1</numerusform>
                <numerusform>%n solicitudes mostradas · costo %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n woman/women</source>
            <extracomment>Under the sponsorships table: how many of the shown applicants are women</extracomment>
            <translation>
                <numerusform>%n mujer</numerusform>
                <numerusform>%n mujeres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meet(s) ¶21</source>
            <extracomment>Under the sponsorships table: how many shown applications meet all of ¶21</extracomment>
            <translation>
                <numerusform>%n cumple el ¶21</numerusform>
                <numerusform>%n cumplen el ¶21</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit Sponsorship Application</source>
            <translation>Editar solicitud de patrocinio</translation>
        </message>
        <message>
            <source>Delete the sponsorship application of %1 (%2)?</source>
            <extracomment>%1 is the applicant's name, %2 the State</extracomment>
            <translation>¿Desea eliminar la solicitud de patrocinio de %1 (%2)?</translation>
        </message>
        <message>
            <source>Delete Sponsorship Application</source>
            <translation>Eliminar solicitud de patrocinio</translation>
        </message>
        <message>
            <source>Sponsorship applications</source>
            <extracomment>Heading of the table of sponsorship applications for the chosen meeting</extracomment>
            <translation>Solicitudes de patrocinio</translation>
        </message>
        <message>
            <source>Filter by name, State, ministry, title…</source>
            <extracomment>Placeholder of the filter box above the sponsorships table</extracomment>
            <translation>Filtrar por nombre, Estado, ministerio, cargo…</translation>
        </message>
        <message>
            <source>Add sponsorship application</source>
            <translation>Añadir solicitud de patrocinio</translation>
        </message>
        <message>
            <source>Edit sponsorship application</source>
            <translation>Editar solicitud de patrocinio</translation>
        </message>
        <message>
            <source>Delete sponsorship application</source>
            <translation>Eliminar solicitud de patrocinio</translation>
        </message>
        <message>
            <source>Export the table to CSV</source>
            <extracomment>Title of the file dialog of "Export CSV…" under a table</extracomment>
            <translation>Exportar la tabla a CSV</translation>
        </message>
        <message>
            <source>Export failed</source>
            <extracomment>Title of the message when a table could not be exported</extracomment>
            <translation>Error en la exportación</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <extracomment>Button under a table: save the rows shown (filtered, sorted) as a CSV file</extracomment>
            <translation>E&amp;xportar CSV…</translation>
        </message>
        <message>
            <source>Save the rows shown, as filtered and sorted, to a CSV file (Ctrl+Shift+E)</source>
            <translation>Guardar las filas mostradas, con el filtro y el orden aplicados, en un archivo CSV (Ctrl+Mayús+E)</translation>
        </message>
        <message>
            <source>Exports the visible rows of %1 to CSV</source>
            <extracomment>Accessible description of the Export CSV button; %1 is the table's title</extracomment>
            <translation>Exporta a CSV las filas visibles de %1</translation>
        </message>
        <message>
            <source>(empty)</source>
            <extracomment>an empty value in the history of a record</extracomment>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <extracomment>one changed field in a record's history: %1 the field, %2 old, %3 new value</extracomment>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>Created</source>
            <extracomment>what happened to a record, in its history</extracomment>
            <translation>Creado</translation>
        </message>
        <message>
            <source>Deleted</source>
            <extracomment>what happened to a record, in its history</extracomment>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>History of %1</source>
            <extracomment>window title: %1 names the record, such as an activity's reference</extracomment>
            <translation>Historial de %1</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <extracomment>a status move in an application's history: %1 the old, %2 the new status</extracomment>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>(no profile)</source>
            <translation>(sin perfil)</translation>
        </message>
        <message>
            <source>&amp;Status changes</source>
            <translation>Cambios de &amp;situación</translation>
        </message>
        <message>
            <source>&amp;Changes to the record</source>
            <translation>Cambios en el &amp;registro</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Old → new values</source>
            <translation>Valores anteriores → nuevos</translation>
        </message>
        <message>
            <source>Status changes</source>
            <translation>Cambios de situación</translation>
        </message>
        <message>
            <source>Each move of the application, with who made it, when and the note.</source>
            <translation>Cada cambio de situación de la solicitud, con quién lo hizo, cuándo y la nota.</translation>
        </message>
        <message>
            <source>Changes to the record</source>
            <translation>Cambios en el registro</translation>
        </message>
        <message>
            <source>Each entry of the audit trail about this record, with the old and new values.</source>
            <translation>Cada entrada del registro de auditoría relativa a este registro, con los valores anteriores y los nuevos.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>a profile in the Profile menu: %1 the name, %2 the role</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;New profile…</source>
            <translation>&amp;Nuevo perfil…</translation>
        </message>
        <message>
            <source>Profile: %1 (%2)</source>
            <extracomment>the status bar's profile button: %1 the person's name, %2 the role</extracomment>
            <translation>Perfil: %1 (%2)</translation>
        </message>
        <message>
            <source>Profile: choose yours</source>
            <translation>Perfil: elija el suyo</translation>
        </message>
        <message>
            <source>Who is working on this laptop: the name recorded with every change, and the role that decides what you may approve.</source>
            <translation>Quién trabaja en esta computadora portátil: el nombre que se registra con cada cambio y el rol que determina lo que usted puede aprobar.</translation>
        </message>
        <message>
            <source>Wor&amp;kflow…</source>
            <translation>Flujo de &amp;trabajo…</translation>
        </message>
        <message>
            <source>Move the selected application to its next status, or amend its amount.</source>
            <translation>Pasar la solicitud seleccionada a su siguiente situación o modificar su importe.</translation>
        </message>
        <message>
            <source>Histor&amp;y…</source>
            <translation>Histo&amp;rial…</translation>
        </message>
        <message>
            <source>The status changes and the audit trail of the selected application.</source>
            <translation>Los cambios de situación y el registro de auditoría de la solicitud seleccionada.</translation>
        </message>
        <message>
            <source>P&amp;acket…</source>
            <extracomment>opens the approval packet (PDF) of the selected application</extracomment>
            <translation>E&amp;xpediente…</translation>
        </message>
        <message>
            <source>Preview, print or save the approval packet of the selected application.</source>
            <translation>Previsualizar, imprimir o guardar el expediente de aprobación de la solicitud seleccionada.</translation>
        </message>
        <message>
            <source>Slate p&amp;acket…</source>
            <extracomment>Button: preview, print or save the approval packet of the meeting's whole slate</extracomment>
            <translation>Expediente de la &amp;lista…</translation>
        </message>
        <message>
            <source>Slate approval packet</source>
            <translation>Expediente de aprobación de la lista</translation>
        </message>
        <message>
            <source>Preview, print or save the approval packet of this meeting's slate.</source>
            <translation>Previsualizar, imprimir o guardar el expediente de aprobación de la lista de esta reunión.</translation>
        </message>
        <message>
            <source>Show the &amp;records of</source>
            <extracomment>Context menu of a dashboard chart: a submenu listing the bars (regions, groups)</extracomment>
            <translation>Mostrar los &amp;registros de</translation>
        </message>
        <message>
            <source>Opening “%1” was cancelled; the file was not changed.</source>
            <extracomment>Status bar message; %1 is the file name of the fund</extracomment>
            <translation>Se canceló la apertura de “%1”; el archivo no se modificó.</translation>
        </message>
        <message>
            <source>The fund's audit trail has been altered, first at entry %1: %2 Keep this file for investigation and work from a backup.</source>
            <extracomment>%1 is the number of the first broken entry, %2 what is wrong with it</extracomment>
            <translation>El registro de auditoría del fondo ha sido alterado, a partir de la entrada %1: %2 Conserve este archivo para la investigación y trabaje a partir de una copia de seguridad.</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <source>You can open the fund read-only: everything can be seen and printed, nothing can be changed.</source>
            <translation>Puede abrir el fondo en modo de solo lectura: todo puede consultarse e imprimirse, pero no puede modificarse nada.</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Abrir en &amp;solo lectura</translation>
        </message>
        <message>
            <source>Open the fund read-only</source>
            <translation>Abrir el fondo en modo de solo lectura</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <extracomment>Button under the activities table; Insert key when the table has focus
----------
Button under the sponsorships table; Insert key when the table has focus</extracomment>
            <translation>&amp;Añadir…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <extracomment>Button under the contributions table; Enter or double-click when the table has focus</extracomment>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <extracomment>Button under the contributions table; Delete key when the table has focus</extracomment>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>&amp;Score…</source>
            <extracomment>Button: declare a conflict of interest or score the selected application</extracomment>
            <translation>&amp;Evaluar…</translation>
        </message>
        <message>
            <source>Co&amp;nsultation…</source>
            <extracomment>Button: record a consultation of the governance structure (¶18)</extracomment>
            <translation>Co&amp;nsulta…</translation>
        </message>
        <message>
            <source>Export Sc&amp;ores…</source>
            <extracomment>Button: save the per-criterion review scores as a CSV file</extracomment>
            <translation>Exportar &amp;puntuaciones…</translation>
        </message>
        <message>
            <source>Add &amp;Contribution…</source>
            <extracomment>Button under the contributions table; Insert key when the table has focus</extracomment>
            <translation>Añadir &amp;contribución…</translation>
        </message>
        <message>
            <source>Add D&amp;onor…</source>
            <extracomment>Button under the donors table; Insert key when the table has focus</extracomment>
            <translation>Añadir &amp;donante…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <extracomment>Button under the donors table; Enter or double-click when the table has focus</extracomment>
            <translation>Ed&amp;itar…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <extracomment>Button under the donors table; Delete key when the table has focus</extracomment>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <source>Dele&amp;te scenario…</source>
            <extracomment>button of the scenario planner: deletes the saved scenario chosen in "Start from"</extracomment>
            <translation>Eliminar e&amp;scenario…</translation>
        </message>
        <message>
            <source>Delete the saved scenario chosen in Start from</source>
            <translation>Eliminar el escenario guardado elegido en “Empezar a partir de”</translation>
        </message>
        <message>
            <source>Deletes the scenario chosen in “Start from”. The two ¶20 scenarios are built in and cannot be deleted.</source>
            <translation>Elimina el escenario elegido en “Empezar a partir de”. Los dos escenarios del ¶20 están integrados y no pueden eliminarse.</translation>
        </message>
        <message>
            <source>The ¶20 scenarios are built in and cannot be deleted. Choose a scenario you saved in “Start from”.</source>
            <translation>Los escenarios del ¶20 están integrados y no pueden eliminarse. Elija en “Empezar a partir de” un escenario que haya guardado.</translation>
        </message>
        <message>
            <source>Delete Scenario</source>
            <extracomment>%1 is the name of a saved scenario</extracomment>
            <translation>Eliminar escenario</translation>
        </message>
        <message>
            <source>Delete the saved scenario “%1”? This cannot be undone.</source>
            <translation>¿Desea eliminar el escenario guardado “%1”? Esta acción no se puede deshacer.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln delegate seat(s)</source>
            <extracomment>part of the planner's result: delegate seats a year</extracomment>
            <translation>
                <numerusform>%Ln plaza de delegado</numerusform>
                <numerusform>%Ln plazas de delegados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity(ies)</source>
            <extracomment>part of the planner's result: activities a year</extracomment>
            <translation>
                <numerusform>%Ln actividad</numerusform>
                <numerusform>%Ln actividades</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <extracomment>part of the planner's result: months of operation the funding covers</extracomment>
            <translation>
                <numerusform>%Ln mes</numerusform>
                <numerusform>%Ln meses</numerusform>
            </translation>
        </message>
        <message>
            <source>Carries %1 and %2 a year; the funding covers %3 at this rate; %4 left unallocated.</source>
            <extracomment>result of the scenario planner; %1 the delegate seats ("20 delegate seats"), %2 the activities ("2 activities"), %3 the months ("14 months"), %4 an amount left over</extracomment>
            <translation>Cubre %1 y %2 al año; la financiación alcanza para %3 a este ritmo; quedan %4 sin asignar.</translation>
        </message>
        <message>
            <source>Opening “%1”…</source>
            <extracomment>Banner while a fund opens; %1 is the file name</extracomment>
            <translation>Abriendo “%1”…</translation>
        </message>
        <message>
            <source>Checking the file for damage…</source>
            <translation>Comprobando si el archivo está dañado…</translation>
        </message>
        <message>
            <source>Verifying the audit trail, entry by entry…</source>
            <translation>Verificando el registro de auditoría, entrada por entrada…</translation>
        </message>
        <message>
            <source>Preparing the fund's data…</source>
            <translation>Preparando los datos del fondo…</translation>
        </message>
        <message>
            <source>Cancel opening the fund</source>
            <translation>Cancelar la apertura del fondo</translation>
        </message>
        <message>
            <source>Fund being opened</source>
            <extracomment>Accessible name of the banner label naming the fund being opened</extracomment>
            <translation>Fondo que se está abriendo</translation>
        </message>
        <message>
            <source>Current step</source>
            <extracomment>Accessible name of the banner label saying what opening the fund is doing now</extracomment>
            <translation>Paso actual</translation>
        </message>
        <message>
            <source>Progress of opening the fund</source>
            <translation>Progreso de la apertura del fondo</translation>
        </message>
        <message>
            <source>Opening a fund</source>
            <translation>Apertura de un fondo</translation>
        </message>
        <message>
            <source>Loading the donors was cancelled.</source>
            <extracomment>Not normally shown: the user cancelled loading a table</extracomment>
            <translation>Se canceló la carga de los donantes.</translation>
        </message>
        <message>
            <source>Score Activity Application</source>
            <extracomment>Title of the message when the application to score can no longer be read</extracomment>
            <translation>Puntuar la solicitud de actividad</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <extracomment>Shown in a progress dialog after Cancel, until the work has stopped</extracomment>
            <translation>Deteniendo…</translation>
        </message>
        <message>
            <source>Loading was cancelled: the table may be out of date.</source>
            <extracomment>Above a table whose background loading the user cancelled</extracomment>
            <translation>Se canceló la carga: es posible que la tabla no esté actualizada.</translation>
        </message>
        <message>
            <source>&amp;Load again</source>
            <extracomment>Button that reads a table's rows again after a cancelled load</extracomment>
            <translation>&amp;Volver a cargar</translation>
        </message>
        <message>
            <source>Loading the rows from the fund…</source>
            <extracomment>Above a table while its rows are read from the fund in the background</extracomment>
            <translation>Cargando las filas del fondo…</translation>
        </message>
        <message>
            <source>Cancel loading</source>
            <extracomment>Stops reading a table's rows in the background (also Esc)</extracomment>
            <translation>Cancelar la carga</translation>
        </message>
    </context>
    <context>
        <name>Tr</name>
        <message>
            <source>no item has the reference “%1”. Give an activity's reference (CB-2026-014), or activity:N or sponsorship:N with the item's number.</source>
            <translation>ningún elemento tiene la referencia “%1”. Indique la referencia de una actividad (CB-2026-014), o activity:N o sponsorship:N con el número del elemento.</translation>
        </message>
        <message>
            <source>The chart could not be saved to “%1”. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>No se pudo guardar el gráfico en “%1”. Compruebe que la carpeta exista y que usted tenga permiso para escribir en ella.</translation>
        </message>
    </context>
</TS>
