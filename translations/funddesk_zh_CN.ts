<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>FundDesk::App</name>
        <message>
            <source>Write a consistent copy of a fund, even while it is open.</source>
            <translation>即使基金处于打开状态，也写入其一致的副本。</translation>
        </message>
        <message>
            <source>The backup file to write.</source>
            <translation>要写入的备份文件。</translation>
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
            <translation>funddesk backup：请用 --output FILE 指定要写入的文件。</translation>
        </message>
        <message>
            <source>funddesk backup: %1</source>
            <translation>funddesk backup：%1</translation>
        </message>
        <message>
            <source>Backed up to %1.</source>
            <translation>已备份到 %1。</translation>
        </message>
        <message>
            <source>Replace a fund with a backup, after checking the backup. The replaced file is kept beside it.</source>
            <translation>检查备份后，用该备份替换基金。被替换的文件保留在其旁边。</translation>
        </message>
        <message>
            <source>funddesk restore: name one backup file: funddesk restore FILE.</source>
            <translation>funddesk restore：请指定一个备份文件：funddesk restore FILE。</translation>
        </message>
        <message>
            <source>funddesk restore: %1</source>
            <translation>funddesk restore：%1</translation>
        </message>
        <message>
            <source>Restored %1 from %2.</source>
            <translation>已从 %2 恢复 %1。</translation>
        </message>
        <message>
            <source>The replaced file was kept as %1.</source>
            <translation>被替换的文件已保留为 %1。</translation>
        </message>
        <message>
            <source>Check a fund's database: integrity and data version.</source>
            <translation>检查基金数据库：完整性和数据版本。</translation>
        </message>
        <message>
            <source>funddesk check: %1</source>
            <translation>funddesk check：%1</translation>
        </message>
        <message>
            <source>%1: integrity ok; data version %2, upgraded to %3 when FundDesk next opens it.</source>
            <translation>%1：完整性正常；数据版本 %2，FundDesk 下次打开时将升级到 %3。</translation>
        </message>
        <message>
            <source>%1: integrity ok; data version %2 (current).</source>
            <translation>%1：完整性正常；数据版本 %2（当前版本）。</translation>
        </message>
        <message>
            <source>FundDesk %1 — the fund manager's desktop for the UN Voluntary Fund for ICT-security capacity building.</source>
            <translation>FundDesk %1 —— 联合国信通技术安全能力建设自愿基金的基金管理方桌面工具。</translation>
        </message>
        <message>
            <source>Usage:</source>
            <translation>用法：</translation>
        </message>
        <message>
            <source>PATH</source>
            <extracomment>placeholder for a file path in command-line help</extracomment>
            <translation>PATH</translation>
        </message>
        <message>
            <source>open the window</source>
            <translation>打开窗口</translation>
        </message>
        <message>
            <source>&lt;command&gt; [options]</source>
            <translation>&lt;command&gt; [options]</translation>
        </message>
        <message>
            <source>work headless; “funddesk &lt;command&gt; --help” lists the options</source>
            <translation>无界面运行；“funddesk &lt;command&gt; --help”列出选项</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>命令：</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>显示本帮助。</translation>
        </message>
        <message>
            <source>Show the version of FundDesk.</source>
            <translation>显示 FundDesk 的版本。</translation>
        </message>
        <message>
            <source>funddesk: unknown command “%1”. Run “funddesk --help” for the list of commands.</source>
            <translation>funddesk：未知命令“%1”。运行“funddesk --help”查看命令列表。</translation>
        </message>
        <message>
            <source>The fund's database file (default: %1).</source>
            <translation>基金的数据库文件（默认：%1）。</translation>
        </message>
        <message>
            <source>funddesk %1: %2</source>
            <extracomment>%1 is the command ("contribution add"), %2 what is wrong with the call</extracomment>
            <translation>funddesk %1：%2</translation>
        </message>
        <message>
            <source>Run “funddesk %1 --help” for the options.</source>
            <translation>运行“funddesk %1 --help”查看选项。</translation>
        </message>
        <message>
            <source>Print the fund's balance and operational status for a year.</source>
            <translation>打印基金某一年度的余额和运作状态。</translation>
        </message>
        <message>
            <source>Replace a fund with a checked backup, keeping the replaced file.</source>
            <translation>用经过检查的备份替换基金，并保留被替换的文件。</translation>
        </message>
        <message>
            <source>Create a realistic demo fund to explore FundDesk.</source>
            <translation>创建一个逼真的演示基金，以便试用 FundDesk。</translation>
        </message>
        <message>
            <source>Seed of the generator: the same seed gives the same fund.</source>
            <translation>生成器的种子：相同的种子生成相同的基金。</translation>
        </message>
        <message>
            <source>N</source>
            <extracomment>placeholder for a number in command-line help</extracomment>
            <translation>N</translation>
        </message>
        <message>
            <source>funddesk demo: --seed takes a whole number from 0 to %1, not “%2”.</source>
            <translation>funddesk demo：--seed 须为 0 至 %1 之间的整数，而不是“%2”。</translation>
        </message>
        <message>
            <source>funddesk demo: “%1” already exists. Give a new file with --database PATH; an existing fund is never overwritten.</source>
            <translation>funddesk demo：“%1”已存在。请用 --database PATH 指定一个新文件；现有基金永远不会被覆盖。</translation>
        </message>
        <message>
            <source>funddesk demo: %1</source>
            <translation>funddesk demo：%1</translation>
        </message>
        <message>
            <source>Demo fund created in %1.</source>
            <translation>演示基金已创建于 %1。</translation>
        </message>
        <message>
            <source>Received in %1</source>
            <translation>%1 年收到</translation>
        </message>
        <message>
            <source>Received, all years</source>
            <translation>历年收到总额</translation>
        </message>
        <message>
            <source>Pledged, outstanding</source>
            <translation>已认捐、尚未到账</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>已承付</translation>
        </message>
        <message>
            <source>Disbursed</source>
            <translation>已付款</translation>
        </message>
        <message>
            <source>Staff costs (P and GS posts)</source>
            <translation>工作人员费用（专业员额和一般事务员额）</translation>
        </message>
        <message>
            <source>Staff costs (regular budget)</source>
            <translation>工作人员费用（经常预算）</translation>
        </message>
        <message>
            <source>Available for programmes</source>
            <translation>可用于方案的资金</translation>
        </message>
        <message>
            <source>The year (default: this year).</source>
            <translation>年度（默认：本年度）。</translation>
        </message>
        <message>
            <source>YEAR</source>
            <extracomment>placeholder for a year in command-line help</extracomment>
            <translation>YEAR</translation>
        </message>
        <message>
            <source>funddesk status: %1</source>
            <translation>funddesk status：%1</translation>
        </message>
        <message>
            <source>Position at 31 December %1</source>
            <translation>截至 %1 年 12 月 31 日的状况</translation>
        </message>
        <message>
            <source>Demo fund</source>
            <translation>演示基金</translation>
        </message>
        <message>
            <source>Open fund</source>
            <translation>打开基金</translation>
        </message>
        <message>
            <source>New fund</source>
            <translation>新建基金</translation>
        </message>
        <message>
            <source>FundDesk funds (*.funddesk)</source>
            <translation>FundDesk 基金 (*.funddesk)</translation>
        </message>
        <message>
            <source>“%1” already exists; a new fund never replaces a file. Choose another name.</source>
            <translation>“%1”已存在；新建基金绝不会替换现有文件。请另选名称。</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Open a fund first: there is nothing to back up.</source>
            <translation>请先打开一个基金：当前没有可备份的内容。</translation>
        </message>
        <message>
            <source>The fund was backed up to “%1”.</source>
            <translation>基金已备份到“%1”。</translation>
        </message>
        <message>
            <source>Verify the fund's hash-chained audit trail and name the first broken entry.</source>
            <translation>验证基金的哈希链审计跟踪，并指出第一条断链记录。</translation>
        </message>
        <message>
            <source>funddesk audit: %1</source>
            <translation>funddesk audit：%1</translation>
        </message>
        <message>
            <source>audit trail broken at entry %1: %2</source>
            <extracomment>%1 is the number of the first broken entry, %2 says what is wrong with it</extracomment>
            <translation>审计跟踪在第 %1 条记录处断链：%2</translation>
        </message>
        <message numerus="yes">
            <source>audit trail intact: %n entries</source>
            <translation>
                <numerusform>审计跟踪完好：%n 条记录</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: funddesk audit verify [--database PATH]</source>
            <translation>用法：funddesk audit verify [--database PATH]</translation>
        </message>
        <message>
            <source>funddesk audit: unknown or missing action “%1”. Usage: funddesk audit verify [--database PATH]</source>
            <translation>funddesk audit：操作“%1”未知或缺失。用法：funddesk audit verify [--database PATH]</translation>
        </message>
        <message>
            <source>Propose the slate of sponsored delegates for a meeting, with its figures and reasons.</source>
            <translation>提出某次会议受赞助代表的入选名单，并附相关数字和理由。</translation>
        </message>
        <message>
            <source>Verify the fund's audit trail: “audit verify” names the first broken entry.</source>
            <translation>验证基金的审计跟踪：“audit verify”指出第一条断链记录。</translation>
        </message>
        <message>
            <source>Propose the slate of sponsored delegates for a meeting, with its figures and the reason for every decision.</source>
            <translation>提出某次会议受赞助代表的入选名单，并附相关数字和每项决定的理由。</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>no reviewer score, in a table cell</extracomment>
            <translation>无</translation>
        </message>
        <message>
            <source>  %1 (%2, %3) — %4, score %5</source>
            <translation>  %1（%2，%3）— %4，评分 %5</translation>
        </message>
        <message>
            <source>The meeting's reference, such as PM-2026-1.</source>
            <translation>会议参考编号，例如 PM-2026-1。</translation>
        </message>
        <message>
            <source>REF</source>
            <extracomment>placeholder for a meeting reference in help</extracomment>
            <translation>REF</translation>
        </message>
        <message>
            <source>Seats to fill, from 1 to %1 (default: %2, the ¶20 small scale).</source>
            <translation>待填补名额，1 至 %1（默认：%2，即 ¶20 所述小规模）。</translation>
        </message>
        <message>
            <source>The most the slate may cost, in USD.</source>
            <translation>入选名单的最高费用，以美元（USD）计。</translation>
        </message>
        <message>
            <source>USD</source>
            <extracomment>placeholder for an amount in command-line help</extracomment>
            <translation>USD</translation>
        </message>
        <message>
            <source>funddesk slate: give the meeting with --meeting REF.</source>
            <translation>funddesk slate：请用 --meeting REF 指定会议。</translation>
        </message>
        <message>
            <source>funddesk slate: --seats takes a whole number from 1 to %1, not “%2”.</source>
            <translation>funddesk slate：--seats 须为 1 至 %1 之间的整数，而不是“%2”。</translation>
        </message>
        <message>
            <source>funddesk slate: --budget takes an amount in USD such as 120000 or 95000.50, not “%1”.</source>
            <translation>funddesk slate：--budget 须为以美元（USD）计的金额，例如 120000 或 95000.50，而不是“%1”。</translation>
        </message>
        <message>
            <source>funddesk slate: %1</source>
            <translation>funddesk slate：%1</translation>
        </message>
        <message>
            <source>%1 — %2, %3, %4 to %5</source>
            <extracomment>%1 meeting reference, %2 its name, %3 city, %4 and %5 first and last day</extracomment>
            <translation>%1 — %2，%3，%4 至 %5</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>警告：%1</translation>
        </message>
        <message>
            <source>Proposed slate</source>
            <translation>拟议入选名单</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>未入选</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Replace the fund “%1” with the backup “%2”? The current file is kept beside it.</source>
            <translation>是否用备份“%2”替换基金“%1”？当前文件将保留在其旁边。</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>手册</translation>
        </message>
        <message>
            <source>The user manual was not found next to FundDesk.</source>
            <translation>在 FundDesk 所在位置未找到用户手册。</translation>
        </message>
        <message>
            <source>Print the dashboard's key figures for a year.</source>
            <translation>打印某一年度仪表板的关键数据。</translation>
        </message>
        <message>
            <source>Write the table behind a dashboard chart as CSV.</source>
            <translation>将仪表板图表所依据的表格写为 CSV。</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt: “contribution add”.</source>
            <translation>记录认捐或收款：“contribution add”。</translation>
        </message>
        <message>
            <source>Add a donor: “donor add”.</source>
            <translation>添加捐助方：“donor add”。</translation>
        </message>
        <message>
            <source>Move a sponsorship or an activity to its next status.</source>
            <translation>将赞助或活动推进到下一状态。</translation>
        </message>
        <message>
            <source>Record a payment against an approved item, or a refund.</source>
            <translation>记录针对已核准项目的付款或退款。</translation>
        </message>
        <message>
            <source>Close or reopen a year: “period close”, “period reopen”.</source>
            <translation>年度结账或重新开启年度：“period close”、“period reopen”。</translation>
        </message>
        <message>
            <source>Add or list the local profiles: “profile add”, “profile list”.</source>
            <translation>添加或列出本地用户档案：“profile add”、“profile list”。</translation>
        </message>
        <message>
            <source>Write an approval packet (PDF) for an item or a meeting's slate.</source>
            <translation>为某一项目或某次会议的入选名单生成核准文件包（PDF）。</translation>
        </message>
        <message>
            <source>Write the annual report to donors (PDF): “report annual”.</source>
            <translation>生成致捐助方的年度报告（PDF）：“report annual”。</translation>
        </message>
        <message>
            <source>Write the public contributions list of a year (HTML and CSV).</source>
            <translation>生成某一年度的公开捐款清单（HTML 和 CSV）。</translation>
        </message>
        <message>
            <source>Import donors, contributions or applications from a CSV file, all or nothing.</source>
            <translation>从 CSV 文件导入捐助方、捐款或申请，要么全部导入，要么全不导入。</translation>
        </message>
        <message>
            <source>Export donors, contributions or applications to a CSV file.</source>
            <translation>将捐助方、捐款或申请导出到 CSV 文件。</translation>
        </message>
        <message>
            <source>no donor has the number “%1”.</source>
            <translation>没有编号为“%1”的捐助方。</translation>
        </message>
        <message>
            <source>no donor is named “%1”. Add it with “funddesk donor add”, or give a State's ISO3 code.</source>
            <translation>没有名为“%1”的捐助方。请用“funddesk donor add”添加，或提供国家的 ISO3 代码。</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt.</source>
            <translation>记录认捐或收款。</translation>
        </message>
        <message>
            <source>The donor's name, or a State's ISO3 code.</source>
            <extracomment>placeholders in command-line help are in capitals</extracomment>
            <translation>捐助方名称，或国家的 ISO3 代码。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>The donor's number.</source>
            <translation>捐助方编号。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>pledge or receipt.</source>
            <translation>pledge（认捐）或 receipt（收款）。</translation>
        </message>
        <message>
            <source>TYPE</source>
            <translation>TYPE</translation>
        </message>
        <message>
            <source>The amount in the contribution's currency, such as 123.45.</source>
            <translation>以捐款货币计的金额，例如 123.45。</translation>
        </message>
        <message>
            <source>AMOUNT</source>
            <extracomment>placeholders in command-line help are in capitals</extracomment>
            <translation>AMOUNT</translation>
        </message>
        <message>
            <source>The ISO 4217 code, such as EUR.</source>
            <translation>ISO 4217 代码，例如 EUR。</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <source>USD per unit of the currency on the day (required unless USD).</source>
            <translation>当日每单位该货币折合的 USD 数（货币为 USD 时除外，均为必填）。</translation>
        </message>
        <message>
            <source>RATE</source>
            <translation>RATE</translation>
        </message>
        <message>
            <source>The date, YYYY-MM-DD.</source>
            <translation>日期，格式为 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>The donor's or bank's reference.</source>
            <translation>捐助方或银行的参考编号。</translation>
        </message>
        <message>
            <source>The profile recorded in the audit trail (name or number).</source>
            <translation>记入审计跟踪的用户档案（名称或编号）。</translation>
        </message>
        <message>
            <source>PROFILE</source>
            <translation>PROFILE</translation>
        </message>
        <message>
            <source>give the donor with --donor NAME or --donor-id ID.</source>
            <translation>请用 --donor NAME 或 --donor-id ID 指定捐助方。</translation>
        </message>
        <message>
            <source>--type takes pledge or receipt, not “%1”.</source>
            <translation>--type 须为 pledge 或 receipt，而不是“%1”。</translation>
        </message>
        <message>
            <source>give the currency with --currency CODE.</source>
            <translation>请用 --currency CODE 指定货币。</translation>
        </message>
        <message>
            <source>--amount: %1</source>
            <translation>--amount：%1</translation>
        </message>
        <message>
            <source>--usd-rate: %1</source>
            <translation>--usd-rate：%1</translation>
        </message>
        <message>
            <source>give the USD rate of %1 on the day with --usd-rate RATE.</source>
            <translation>请用 --usd-rate RATE 指定 %1 当日对 USD 的汇率。</translation>
        </message>
        <message>
            <source>--date takes a date as YYYY-MM-DD, not “%1”.</source>
            <translation>--date 须为 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
        </message>
        <message>
            <source>recorded contribution %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>已记录捐款 %1</translation>
        </message>
        <message>
            <source>Usage: funddesk contribution add --donor NAME --type pledge|receipt --amount AMOUNT --currency CODE [--usd-rate RATE] --date DATE [--reference REF] [--database PATH]</source>
            <translation>用法：funddesk contribution add --donor NAME --type pledge|receipt --amount AMOUNT --currency CODE [--usd-rate RATE] --date DATE [--reference REF] [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; “funddesk contribution add --help” lists the options.</source>
            <translation>操作“%1”未知或缺失；“funddesk contribution add --help”列出各选项。</translation>
        </message>
        <message>
            <source>funddesk %1: --year takes a year such as %2, not “%3”.</source>
            <extracomment>%1 is the command, %2 an example year, %3 what was typed</extracomment>
            <translation>funddesk %1：--year 须为年份，例如 %2，而不是“%3”。</translation>
        </message>
        <message>
            <source>funddesk dashboard: %1</source>
            <translation>funddesk dashboard：%1</translation>
        </message>
        <message>
            <source>Write the table behind a dashboard chart as CSV.

Charts:
%1</source>
            <extracomment>%1 is the list of chart names with what each shows</extracomment>
            <translation>将仪表板图表所依据的表格写为 CSV。

图表：
%1</translation>
        </message>
        <message>
            <source>The CSV file to write.</source>
            <translation>要写入的 CSV 文件。</translation>
        </message>
        <message>
            <source>FILE.csv</source>
            <extracomment>placeholder for a file name in command-line help</extracomment>
            <translation>FILE.csv</translation>
        </message>
        <message>
            <source>funddesk chart: name one chart, such as spending-by-region. “funddesk chart --help” lists them.</source>
            <translation>funddesk chart：请指定一个图表，例如 spending-by-region。“funddesk chart --help”列出所有图表。</translation>
        </message>
        <message>
            <source>funddesk chart: there is no chart “%1”. These are:
%2</source>
            <extracomment>%1 is what was typed</extracomment>
            <translation>funddesk chart：没有图表“%1”。现有图表如下：
%2</translation>
        </message>
        <message>
            <source>funddesk chart: give the file to write with --output FILE.csv.</source>
            <translation>funddesk chart：请用 --output FILE.csv 指定要写入的文件。</translation>
        </message>
        <message>
            <source>funddesk chart: %1</source>
            <translation>funddesk chart：%1</translation>
        </message>
        <message>
            <source>Wrote “%1” to %2.</source>
            <extracomment>%1 is a table's title, %2 a file path</extracomment>
            <translation>已将“%1”写入 %2。</translation>
        </message>
        <message>
            <source>Size of the fund: 1 is the demo fund; N above 1 is N times the medium scale of the report (¶20) over ten years, for measuring FundDesk at volume.</source>
            <translation>基金规模：1 为演示基金；N 大于 1 时为报告所述中等规模（¶20）的 N 倍，为期十年，用于测量 FundDesk 在大数据量下的表现。</translation>
        </message>
        <message>
            <source>funddesk demo: --scale takes a whole number from 1 to 1000, not “%1”.</source>
            <translation>funddesk demo：--scale 须为 1 至 1000 之间的整数，而不是“%1”。</translation>
        </message>
        <message>
            <source>Record a payment against an approved item, or a refund of one.</source>
            <translation>记录针对已核准项目的付款，或此类付款的退款。</translation>
        </message>
        <message>
            <source>The activity's reference (CB-2026-014), or activity:N or sponsorship:N.</source>
            <translation>活动的参考编号（CB-2026-014），或 activity:N 或 sponsorship:N。</translation>
        </message>
        <message>
            <source>The amount paid, such as 1250.00.</source>
            <translation>已付金额，例如 1250.00。</translation>
        </message>
        <message>
            <source>Who was paid.</source>
            <translation>收款方。</translation>
        </message>
        <message>
            <source>The payment's reference.</source>
            <translation>付款的参考编号。</translation>
        </message>
        <message>
            <source>Record a refund of earlier payments.</source>
            <translation>记录此前付款的退款。</translation>
        </message>
        <message>
            <source>Why the money was refunded.</source>
            <translation>退款理由。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>The acting profile (name or number).</source>
            <translation>执行操作的用户档案（名称或编号）。</translation>
        </message>
        <message>
            <source>give the item with --item REF.</source>
            <translation>请用 --item REF 指定项目。</translation>
        </message>
        <message>
            <source>give the acting profile with --as PROFILE.</source>
            <translation>请用 --as PROFILE 指定执行操作的用户档案。</translation>
        </message>
        <message>
            <source>recorded refund %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>已记录退款 %1</translation>
        </message>
        <message>
            <source>recorded disbursement %1</source>
            <translation>已记录付款 %1</translation>
        </message>
        <message>
            <source>The file (or, for publish, the folder) to write.</source>
            <translation>要写入的文件（如为 publish，则为文件夹）。</translation>
        </message>
        <message>
            <source>The document's language: ar, zh, en, fr, ru or es (default: en).</source>
            <translation>文件语言：ar、zh、en、fr、ru 或 es（默认：en）。</translation>
        </message>
        <message>
            <source>LANG</source>
            <extracomment>placeholder for a language code in command-line help</extracomment>
            <translation>LANG</translation>
        </message>
        <message>
            <source>The paper: a4 or letter (default: a4).</source>
            <translation>纸张：a4 或 letter（默认：a4）。</translation>
        </message>
        <message>
            <source>PAPER</source>
            <extracomment>placeholder for a paper size in help</extracomment>
            <translation>PAPER</translation>
        </message>
        <message>
            <source>funddesk %1: documents need the graphical libraries; run it as “funddesk %1 …”.</source>
            <translation>funddesk %1：生成文件需要图形库；请以“funddesk %1 …”方式运行。</translation>
        </message>
        <message>
            <source>funddesk %1: say where to write with --output PATH.</source>
            <translation>funddesk %1：请用 --output PATH 指定写入位置。</translation>
        </message>
        <message>
            <source>funddesk %1: --lang takes ar, zh, en, fr, ru or es, not “%2”.</source>
            <translation>funddesk %1：--lang 须为 ar、zh、en、fr、ru 或 es，而不是“%2”。</translation>
        </message>
        <message>
            <source>funddesk %1: --paper takes a4 or letter, not “%2”.</source>
            <translation>funddesk %1：--paper 须为 a4 或 letter，而不是“%2”。</translation>
        </message>
        <message>
            <source>Wrote %1 (record SHA-256 %2).</source>
            <translation>已写入 %1（记录 SHA-256 %2）。</translation>
        </message>
        <message>
            <source>Write the approval packet of an item, or of a meeting's slate, as a PDF for the High Representative's signature.</source>
            <translation>将某一项目或某次会议入选名单的核准文件包生成为 PDF，供高级代表签署。</translation>
        </message>
        <message>
            <source>The item: an activity's reference or SP-&lt;number&gt;.</source>
            <translation>项目：活动的参考编号或 SP-&lt;number&gt;。</translation>
        </message>
        <message>
            <source>The meeting whose slate to put in one packet.</source>
            <translation>要将其入选名单编入一个文件包的会议。</translation>
        </message>
        <message>
            <source>funddesk packet: give either --item REF or --meeting REF.</source>
            <translation>funddesk packet：请指定 --item REF 或 --meeting REF 二者之一。</translation>
        </message>
        <message>
            <source>Write a report: “report annual” writes the annual report to donors (¶27) as a PDF.</source>
            <translation>生成报告：“report annual”将致捐助方的年度报告（¶27）生成为 PDF。</translation>
        </message>
        <message>
            <source>The year reported on.</source>
            <translation>报告所涉年度。</translation>
        </message>
        <message>
            <source>funddesk report: say which report: “funddesk report annual --year YEAR --output FILE.pdf”.</source>
            <translation>funddesk report：请指定报告：“funddesk report annual --year YEAR --output FILE.pdf”。</translation>
        </message>
        <message>
            <source>Write the public contributions list of a year (¶17) as an HTML page and a CSV file.</source>
            <translation>将某一年度的公开捐款清单（¶17）生成为 HTML 页面和 CSV 文件。</translation>
        </message>
        <message>
            <source>The year to publish.</source>
            <translation>要公布的年度。</translation>
        </message>
        <message>
            <source>funddesk publish: %1</source>
            <translation>funddesk publish：%1</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>已写入 %1。</translation>
        </message>
        <message>
            <source>Add a donor.</source>
            <translation>添加捐助方。</translation>
        </message>
        <message>
            <source>The donor's name (for a State, the reference name is used).</source>
            <translation>捐助方名称（如为国家，则使用参考名称）。</translation>
        </message>
        <message>
            <source>One of: %1.</source>
            <extracomment>%1 lists the kinds</extracomment>
            <translation>以下之一：%1。</translation>
        </message>
        <message>
            <source>KIND</source>
            <extracomment>placeholder for a kind of records in help</extracomment>
            <translation>KIND</translation>
        </message>
        <message>
            <source>ISO3 code: the State itself, or the seat of another donor.</source>
            <translation>ISO3 代码：国家本身，或其他捐助方的所在国。</translation>
        </message>
        <message>
            <source>ISO3</source>
            <translation>ISO3</translation>
        </message>
        <message>
            <source>The UN's due diligence has cleared the donor (¶14).</source>
            <translation>该捐助方已通过联合国尽职调查（¶14）。</translation>
        </message>
        <message>
            <source>--kind takes one of %1, not “%2”.</source>
            <translation>--kind 须为 %1 之一，而不是“%2”。</translation>
        </message>
        <message>
            <source>added donor %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>已添加捐助方 %1</translation>
        </message>
        <message>
            <source>Usage: funddesk donor add --name NAME --kind KIND [--country ISO3] [--cleared] [--database PATH]</source>
            <translation>用法：funddesk donor add --name NAME --kind KIND [--country ISO3] [--cleared] [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; “funddesk donor add --help” lists the options.</source>
            <translation>操作“%1”未知或缺失；“funddesk donor add --help”列出各选项。</translation>
        </message>
        <message>
            <source>Export records to a CSV file that “funddesk import” reads back: KIND --output FILE.csv, KIND one of %1.</source>
            <translation>将记录导出到可由“funddesk import”读回的 CSV 文件：KIND --output FILE.csv，KIND 为 %1 之一。</translation>
        </message>
        <message>
            <source>funddesk export: give the kind and the file: funddesk export KIND --output FILE.csv; KIND is one of %1.</source>
            <translation>funddesk export：请指定类型和文件：funddesk export KIND --output FILE.csv；KIND 为 %1 之一。</translation>
        </message>
        <message>
            <source>funddesk export: %1</source>
            <translation>funddesk export：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) exported to %1.</source>
            <extracomment>%n is the number of records, %1 a file path</extracomment>
            <translation>
                <numerusform>已将 %n 条记录导出到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>funddesk import: %1</source>
            <translation>funddesk import：%1</translation>
        </message>
        <message>
            <source>funddesk import: write a template with --template KIND --output FILE.csv; KIND is one of %1.</source>
            <translation>funddesk import：请用 --template KIND --output FILE.csv 生成模板；KIND 为 %1 之一。</translation>
        </message>
        <message>
            <source>“%1” could not be written. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>无法写入“%1”。请检查该文件夹是否存在以及您是否有写入权限。</translation>
        </message>
        <message>
            <source>Template written to %1.</source>
            <translation>模板已写入 %1。</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of the CSV file, %2 the problem</extracomment>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>Line %1, column %2: %3</source>
            <extracomment>%1 is a line number of the CSV file, %2 a column name, %3 the problem</extracomment>
            <translation>第 %1 行，列 %2：%3</translation>
        </message>
        <message>
            <source>Import records from a CSV file, all or nothing: KIND FILE.csv, KIND one of %1.</source>
            <translation>从 CSV 文件导入记录，要么全部导入，要么全不导入：KIND FILE.csv，KIND 为 %1 之一。</translation>
        </message>
        <message>
            <source>Check the file and print its problems; write nothing.</source>
            <translation>检查文件并打印其中的问题；不写入任何内容。</translation>
        </message>
        <message>
            <source>Confirm that no receipt's conditions restrict its use to specific activities (no earmarking, ¶19).</source>
            <translation>确认所有收款所附条件均未将其用途限定于具体活动（不指定用途，¶19）。</translation>
        </message>
        <message>
            <source>Write an empty file of that kind instead.</source>
            <translation>改为生成该类型的空文件。</translation>
        </message>
        <message>
            <source>Where --template writes.</source>
            <translation>--template 的写入位置。</translation>
        </message>
        <message>
            <source>funddesk import: give the kind and the file: funddesk import KIND FILE.csv; KIND is one of %1.</source>
            <translation>funddesk import：请指定类型和文件：funddesk import KIND FILE.csv；KIND 为 %1 之一。</translation>
        </message>
        <message>
            <source>“%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>无法打开“%1”。请检查其名称以及您是否有读取权限。</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found; nothing was imported.</source>
            <extracomment>%n is the number of problems</extracomment>
            <translation>
                <numerusform>发现 %n 个问题；未导入任何内容。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) checked: the file can be imported. Nothing was written (--dry-run).</source>
            <extracomment>%n is the number of rows</extracomment>
            <translation>
                <numerusform>已检查 %n 行：该文件可以导入。未写入任何内容（--dry-run）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) imported into %1.</source>
            <extracomment>%n is the number of records, %1 a file path</extracomment>
            <translation>
                <numerusform>已将 %n 条记录导入 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: funddesk period close|reopen --year YEAR [--reason TEXT] --as PROFILE [--database PATH]</source>
            <translation>用法：funddesk period close|reopen --year YEAR [--reason TEXT] --as PROFILE [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; use close or reopen.</source>
            <translation>操作“%1”未知或缺失；请使用 close 或 reopen。</translation>
        </message>
        <message>
            <source>Close a year: its records can no longer change.</source>
            <translation>年度结账：该年度的记录将不能再更改。</translation>
        </message>
        <message>
            <source>Reopen a closed year, with the reason.</source>
            <translation>重新开启已结账的年度，并说明理由。</translation>
        </message>
        <message>
            <source>The year, such as 2025.</source>
            <translation>年度，例如 2025。</translation>
        </message>
        <message>
            <source>Why the year is reopened (required).</source>
            <translation>重新开启该年度的理由（必填）。</translation>
        </message>
        <message>
            <source>--year takes a year such as 2025, not “%1”.</source>
            <translation>--year 须为年份，例如 2025，而不是“%1”。</translation>
        </message>
        <message>
            <source>closed %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is a year</extracomment>
            <translation>%1 年度已结账</translation>
        </message>
        <message>
            <source>reopened %1</source>
            <translation>%1 年度已重新开启</translation>
        </message>
        <message>
            <source>Add a local profile (¶15, ¶18).</source>
            <translation>添加本地用户档案（¶15、¶18）。</translation>
        </message>
        <message>
            <source>The person's name.</source>
            <translation>该人员的姓名。</translation>
        </message>
        <message>
            <source>fund-manager, finance-assistant or hr-office (the High Representative's office).</source>
            <translation>fund-manager（基金管理方）、finance-assistant（财务助理）或 hr-office（高级代表办公室）。</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>ROLE</translation>
        </message>
        <message>
            <source>--role takes fund-manager, finance-assistant or hr-office, not “%1”.</source>
            <translation>--role 须为 fund-manager、finance-assistant 或 hr-office，而不是“%1”。</translation>
        </message>
        <message>
            <source>added profile %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>已添加用户档案 %1</translation>
        </message>
        <message>
            <source>List the local profiles: number, role, name.</source>
            <translation>列出本地用户档案：编号、角色、名称。</translation>
        </message>
        <message>
            <source>Usage: funddesk profile add --name NAME --role ROLE | funddesk profile list [--database PATH]</source>
            <translation>用法：funddesk profile add --name NAME --role ROLE | funddesk profile list [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; use add or list.</source>
            <translation>操作“%1”未知或缺失；请使用 add 或 list。</translation>
        </message>
        <message>
            <source>Move a sponsorship or an activity to its next status (¶18), with who and why.</source>
            <translation>将赞助或活动推进到下一状态（¶18），并注明操作人和理由。</translation>
        </message>
        <message>
            <source>The new status, such as submitted, eligible, under-review, recommended, approved.</source>
            <translation>新状态，例如 submitted、eligible、under-review、recommended、approved。</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <source>Why: required for recommendations and decisions.</source>
            <translation>理由：推荐和决定时必填。</translation>
        </message>
        <message>
            <source>The approved amount in USD (default: what was requested).</source>
            <translation>以 USD 计的核准金额（默认：申请金额）。</translation>
        </message>
        <message>
            <source>--to takes a status such as submitted or approved, not “%1”.</source>
            <translation>--to 须为状态，例如 submitted 或 approved，而不是“%1”。</translation>
        </message>
        <message>
            <source>moved %1 to %2</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 the item, %2 a status key</extracomment>
            <translation>已将 %1 变更为 %2</translation>
        </message>
        <message>
            <source>unexpected argument “%1”.</source>
            <translation>意外的参数“%1”。</translation>
        </message>
        <message>
            <source>funddesk: %1</source>
            <translation>funddesk：%1</translation>
        </message>
        <message>
            <source>funddesk %1: the disk is full, so nothing was saved and the fund is unchanged. Free some space and try again.</source>
            <translation>funddesk %1：磁盘已满，因此未保存任何内容，基金保持不变。请释放一些空间后重试。</translation>
        </message>
        <message>
            <source>no profile is named “%1”. “funddesk profile list” shows them; “funddesk profile add” adds one.</source>
            <translation>没有名为“%1”的用户档案。“funddesk profile list”可列出用户档案；“funddesk profile add”可添加用户档案。</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) imported.</source>
            <extracomment>%n is the number of records imported from a CSV file</extracomment>
            <translation>
                <numerusform>已导入 %n 条记录。</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up the fund to “%1”…</source>
            <translation>正在将基金备份到“%1”…</translation>
        </message>
        <message>
            <source>Restoring the fund from “%1”…</source>
            <translation>正在从“%1”恢复基金…</translation>
        </message>
        <message>
            <source>Backing up the fund before closing…</source>
            <translation>正在关闭前备份基金…</translation>
        </message>
    </context>
    <context>
        <name>FundDesk::Core</name>
        <message>
            <source>Entry %1 of the audit trail is missing: it was deleted.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>审计跟踪的第 %1 条记录缺失：已被删除。</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail does not follow the entry before it: an entry was inserted or removed there.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>审计跟踪的第 %1 条记录与前一条不衔接：该处有记录被插入或删除。</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail does not match its hash: it was changed after it was written.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>审计跟踪的第 %1 条记录与其哈希值不符：写入后已被更改。</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail was not written by FundDesk: it was added to the trail afterwards.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>审计跟踪的第 %1 条记录并非由 FundDesk 写入：是事后添加到跟踪中的。</translation>
        </message>
        <message>
            <source>The backup “%1” does not exist.</source>
            <translation>备份“%1”不存在。</translation>
        </message>
        <message>
            <source>The backup and the fund are the same file; choose a backup.</source>
            <translation>备份与基金是同一个文件；请选择一个备份。</translation>
        </message>
        <message>
            <source>The folder “%1” could not be created.</source>
            <translation>无法创建文件夹“%1”。</translation>
        </message>
        <message>
            <source>The backup could not be copied next to the fund. Check that the disk has room; nothing was replaced.</source>
            <translation>无法将备份复制到基金旁边。请检查磁盘空间是否充足；未替换任何内容。</translation>
        </message>
        <message>
            <source>The current fund file could not be set aside; nothing was replaced.</source>
            <translation>无法将当前基金文件移至一旁；未替换任何内容。</translation>
        </message>
        <message>
            <source>The backup could not be put in place; the fund was left as it was.</source>
            <translation>无法放置备份；基金保持原样。</translation>
        </message>
        <message>
            <source>A backup cannot replace the fund's own database. Choose another file name.</source>
            <translation>备份不能替换基金本身的数据库。请另选文件名。</translation>
        </message>
        <message>
            <source>The backup “%1” could not be written. Check that the folder is writable and the disk has room.</source>
            <translation>无法写入备份“%1”。请检查文件夹是否可写、磁盘空间是否充足。</translation>
        </message>
        <message>
            <source>The backup could not be saved as “%1”. Choose another file name.</source>
            <translation>无法将备份保存为“%1”。请另选文件名。</translation>
        </message>
        <message>
            <source>“%1” is not a FundDesk database. Choose the fund's .funddesk file, or create a new fund.</source>
            <translation>“%1”不是 FundDesk 数据库。请选择基金的 .funddesk 文件，或新建一个基金。</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be opened: check that the file exists and that you may read it.</source>
            <translation>无法打开基金数据库“%1”：请检查文件是否存在以及您是否有读取权限。</translation>
        </message>
        <message>
            <source>The fund's database “%1” is damaged and was not changed. Restore it from a backup (File ▸ Restore…).</source>
            <translation>基金数据库“%1”已损坏，未作任何更改。请从备份恢复（文件 ▸ 恢复…）。</translation>
        </message>
        <message>
            <source>“%1” was written by a newer FundDesk (data version %2); this FundDesk reads data versions up to %3. The file was not changed: update FundDesk to open it.</source>
            <translation>“%1”由较新版本的 FundDesk 写入（数据版本 %2）；本 FundDesk 最高只能读取数据版本 %3。文件未作更改：请更新 FundDesk 后再打开。</translation>
        </message>
        <message>
            <source>The folder “%1” could not be created. Choose another place for the fund's database.</source>
            <translation>无法创建文件夹“%1”。请为基金数据库另选位置。</translation>
        </message>
        <message>
            <source>The file “%1” could not be created. Check that the folder is writable and the disk is not full.</source>
            <translation>无法创建文件“%1”。请检查文件夹是否可写、磁盘是否已满。</translation>
        </message>
        <message>
            <source>The fund's database “%1” does not exist.</source>
            <translation>基金数据库“%1”不存在。</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be opened: check that the file exists and that you may read and write it.</source>
            <translation>无法打开基金数据库“%1”：请检查文件是否存在以及您是否有读写权限。</translation>
        </message>
        <message>
            <source>Before upgrading the fund's data, FundDesk could not keep a copy at “%1”, so nothing was changed. Free some disk space and try again.</source>
            <translation>升级基金数据之前，FundDesk 无法在“%1”保留副本，因此未作任何更改。请释放一些磁盘空间后重试。</translation>
        </message>
        <message>
            <source>This fund's data was written by a newer FundDesk (data version %1); this FundDesk reads data versions up to %2. The file was not changed: update FundDesk to open it.</source>
            <translation>该基金的数据由较新版本的 FundDesk 写入（数据版本 %1）；本 FundDesk 最高只能读取数据版本 %2。文件未作更改：请更新 FundDesk 后再打开。</translation>
        </message>
        <message>
            <source>The fund's database could not be read or written. Your last change was not saved; try again, and if it keeps failing run “funddesk check”.</source>
            <translation>无法读取或写入基金数据库。您最近的更改未保存；请重试，如仍然失败，请运行“funddesk check”。</translation>
        </message>
        <message>
            <source>The amount requested (USD %1) is below the fund's minimum funding floor for an activity (USD %2), so the application can be neither recommended nor approved. The floor keeps activities large enough to be of quality and sustainable (¶23).</source>
            <extracomment>%1 is the amount requested, %2 the fund's minimum, both as "USD 1234.56"</extracomment>
            <translation>申请金额（USD %1）低于基金规定的活动最低供资额（USD %2），因此该申请既不能被推荐，也不能被核准。设定最低供资额是为了确保活动具有足够规模，以保证质量及可持续性（¶23）。</translation>
        </message>
        <message>
            <source>Non-governmental entity</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>非政府实体</translation>
        </message>
        <message>
            <source>United Nations entity</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>联合国实体</translation>
        </message>
        <message>
            <source>International or regional organization</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>国际或区域组织</translation>
        </message>
        <message>
            <source>Academic institution</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>学术机构</translation>
        </message>
        <message>
            <source>Private sector</source>
            <extracomment>kind of implementing partner of an activity
----------
Kind of donor: a company</extracomment>
            <translation>私营部门</translation>
        </message>
        <message>
            <source>Draft</source>
            <extracomment>status of an application</extracomment>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Submitted</source>
            <extracomment>status of an application</extracomment>
            <translation>已提交</translation>
        </message>
        <message>
            <source>Screened: eligible</source>
            <extracomment>status of an application: screened and found eligible</extracomment>
            <translation>已筛选：合格</translation>
        </message>
        <message>
            <source>Screened: ineligible</source>
            <extracomment>status of an application: screened and found ineligible</extracomment>
            <translation>已筛选：不合格</translation>
        </message>
        <message>
            <source>Under review</source>
            <extracomment>status of an application</extracomment>
            <translation>审议中</translation>
        </message>
        <message>
            <source>Recommended</source>
            <extracomment>status of an application: recommended by the fund manager</extracomment>
            <translation>已推荐</translation>
        </message>
        <message>
            <source>Not recommended</source>
            <extracomment>status of an application: not recommended by the fund manager</extracomment>
            <translation>未推荐</translation>
        </message>
        <message>
            <source>Approved</source>
            <extracomment>status of an application: approved by the High Representative</extracomment>
            <translation>已核准</translation>
        </message>
        <message>
            <source>Rejected</source>
            <extracomment>status of an application: rejected by the High Representative</extracomment>
            <translation>已驳回</translation>
        </message>
        <message>
            <source>Active</source>
            <extracomment>status of an application: approved and under way</extracomment>
            <translation>执行中</translation>
        </message>
        <message>
            <source>Completed</source>
            <extracomment>status of an application</extracomment>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <extracomment>status of an application</extracomment>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Supports</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>支持</translation>
        </message>
        <message>
            <source>Supports with changes</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>有条件支持（需修改）</translation>
        </message>
        <message>
            <source>Does not support</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>不支持</translation>
        </message>
        <message>
            <source>No view</source>
            <extracomment>advice of the governance structure on an application: it expressed no view</extracomment>
            <translation>未表态</translation>
        </message>
        <message>
            <source>Pledge</source>
            <extracomment>Type of contribution: money promised by a donor</extracomment>
            <translation>认捐</translation>
        </message>
        <message>
            <source>Receipt</source>
            <extracomment>Type of contribution: money the fund has received</extracomment>
            <translation>收款</translation>
        </message>
        <message>
            <source>Member State</source>
            <extracomment>Kind of donor: a Member State of the United Nations</extracomment>
            <translation>会员国</translation>
        </message>
        <message>
            <source>Observer State</source>
            <extracomment>Kind of donor: a non-member observer State (Holy See, State of Palestine)</extracomment>
            <translation>观察员国</translation>
        </message>
        <message>
            <source>Intergovernmental or regional organization</source>
            <extracomment>Kind of donor</extracomment>
            <translation>政府间组织或区域组织</translation>
        </message>
        <message>
            <source>Philanthropic foundation</source>
            <extracomment>Kind of donor: a non-governmental philanthropic organization</extracomment>
            <translation>慈善基金会</translation>
        </message>
        <message>
            <source>Other non-governmental entity</source>
            <extracomment>Kind of donor: an NGO, academia, an individual …</extracomment>
            <translation>其他非政府实体</translation>
        </message>
        <message>
            <source>Not required</source>
            <extracomment>Due-diligence status of a donor: States and intergovernmental organizations</extracomment>
            <translation>无需进行</translation>
        </message>
        <message>
            <source>Pending</source>
            <extracomment>Due-diligence status of a donor: the UN clearance is not decided yet</extracomment>
            <translation>待定</translation>
        </message>
        <message>
            <source>Cleared</source>
            <extracomment>Due-diligence status of a donor: the UN cleared the donor's money</extracomment>
            <translation>已通过</translation>
        </message>
        <message>
            <source>Declined</source>
            <extracomment>Due-diligence status of a donor: the UN refused the donor's money</extracomment>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>¶21(%1)</source>
            <extracomment>A paragraph of the Secretary-General's report and its sub-paragraph letter: ¶21(c)</extracomment>
            <translation>¶21(%1)</translation>
        </message>
        <message>
            <source>A capital-based government official working on cyber/ICT-security diplomacy, policy or related technical fields</source>
            <translation>目前在网络/信通技术安全外交、政策或相关技术领域工作的首都政府官员</translation>
        </message>
        <message>
            <source>Direct experience of ICT-security matters in the current post, and the intention to contribute to the UN discussions</source>
            <translation>在现有职位上具备信通技术安全相关事项的直接经验，并有意为联合国相关讨论做出贡献</translation>
        </message>
        <message>
            <source>Able to travel and attend during the sessions</source>
            <translation>能够在各次会议期间旅行和参会</translation>
        </message>
        <message>
            <source>Attends all formal meetings of the sessions and the capacity-building activities held alongside them</source>
            <translation>出席各次会议的所有正式会议，并参与与正式会议同时组织的能力建设活动</translation>
        </message>
        <message>
            <source>Willing to share a report on the experience with the fund manager</source>
            <translation>愿意与基金管理方分享一份介绍其经验的报告</translation>
        </message>
        <message>
            <source>The exchange rate “%1” is not above zero. Enter how many US dollars one unit of the currency is worth, for example 0.0067.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>汇率“%1”不大于零。请输入一个单位该货币值多少美元，例如 0.0067。</translation>
        </message>
        <message>
            <source>The exchange rate is empty. Enter how many US dollars one unit of the currency is worth, for example 0.0067.</source>
            <translation>汇率为空。请输入一个单位该货币值多少美元，例如 0.0067。</translation>
        </message>
        <message>
            <source>The exchange rate “%1” is not a plain number. Use digits and a dot before the decimals, for example 0.0067.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>汇率“%1”不是普通数字。请使用数字，并以小数点分隔小数部分，例如 0.0067。</translation>
        </message>
        <message numerus="yes">
            <source>The exchange rate “%1” has more than %n decimal place(s). Round it to %n decimal place(s).</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>
                <numerusform>汇率“%1”的小数位超过 %n 位。请四舍五入到 %n 位小数。</numerusform>
            </translation>
        </message>
        <message>
            <source>The exchange rate “%1” is too large. Check the number of digits.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>汇率“%1”过大。请检查位数。</translation>
        </message>
        <message>
            <source>A stored exchange rate is not above zero. The record needs a valid rate.</source>
            <translation>某个已存储的汇率不大于零。该记录需要一个有效汇率。</translation>
        </message>
        <message>
            <source>The amount is already in US dollars, so its exchange rate must be 1, not %1.</source>
            <extracomment>%1 is an exchange rate such as 0.98</extracomment>
            <translation>该金额已是美元，因此其汇率必须为 1，而不是 %1。</translation>
        </message>
        <message>
            <source>%1 %2 is too large to convert to US dollars. Check the amount and the exchange rate.</source>
            <extracomment>%1 is an amount such as 1000, %2 its currency code such as JPY</extracomment>
            <translation>%1 %2 过大，无法换算为美元。请检查金额和汇率。</translation>
        </message>
        <message>
            <source>National strategies, laws and regulations</source>
            <extracomment>focus area (a) of capacity-building activities</extracomment>
            <translation>制定国家战略、法律和条例</translation>
        </message>
        <message>
            <source>National and regional positions on how international law applies to the use of ICTs</source>
            <extracomment>focus area (b) of capacity-building activities</extracomment>
            <translation>阐述国家/区域关于国际法适用于国家使用信通技术的立场</translation>
        </message>
        <message>
            <source>ICT incident management and response, including computer emergency response teams</source>
            <extracomment>focus area (c) of capacity-building activities</extracomment>
            <translation>信通技术事件管理和应对，包括建立计算机应急小组</translation>
        </message>
        <message>
            <source>Protection of critical infrastructure and critical information infrastructure</source>
            <extracomment>focus area (d) of capacity-building activities</extracomment>
            <translation>关键基础设施和关键信息基础设施的保护</translation>
        </message>
        <message>
            <source>ICT-security awareness and education</source>
            <extracomment>focus area (e) of capacity-building activities</extracomment>
            <translation>提高信通技术安全的认识和开展相关教育</translation>
        </message>
        <message>
            <source>Training and workforce development</source>
            <extracomment>focus area (f) of capacity-building activities</extracomment>
            <translation>培训和劳动力发展</translation>
        </message>
        <message>
            <source>Implementation of the agreed norms of responsible State behaviour</source>
            <extracomment>focus area (g) of capacity-building activities</extracomment>
            <translation>负责任国家行为商定规范的执行</translation>
        </message>
        <message>
            <source>Implementation of the global confidence-building measures</source>
            <extracomment>focus area (h) of capacity-building activities</extracomment>
            <translation>全球建立信任措施的执行</translation>
        </message>
        <message>
            <source>Participation in the global intergovernmental Points of Contact directory</source>
            <extracomment>focus area (i) of capacity-building activities</extracomment>
            <translation>参加全球政府间联络点名录</translation>
        </message>
        <message>
            <source>Woman</source>
            <extracomment>Gender of a sponsorship applicant
----------
Reason a delegate is on the slate: gender parity (¶12, ¶22)</extracomment>
            <translation>女性</translation>
        </message>
        <message>
            <source>Man</source>
            <extracomment>Gender of a sponsorship applicant</extracomment>
            <translation>男性</translation>
        </message>
        <message>
            <source>Other or undisclosed</source>
            <extracomment>Gender of a sponsorship applicant: another gender, or not stated</extracomment>
            <translation>其他或不愿透露</translation>
        </message>
        <message>
            <source>No currency is given. Choose a three-letter ISO 4217 code such as USD or EUR.</source>
            <translation>未指定货币。请选择一个三个字母的 ISO 4217 代码，例如 USD 或 EUR。</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose a three-letter code such as USD or EUR.</source>
            <extracomment>%1 is the currency code that was given, e.g. "USX"</extracomment>
            <translation>“%1”不是已知的 ISO 4217 货币代码。请选择一个三个字母的代码，例如 USD 或 EUR。</translation>
        </message>
        <message>
            <source>The amount is empty. Enter a number such as %1.</source>
            <extracomment>%1 is an example amount such as 1234.56</extracomment>
            <translation>金额为空。请输入一个数字，例如 %1。</translation>
        </message>
        <message>
            <source>The amount “%1” is not a plain number. Use digits, an optional minus sign and a dot before the decimals, without thousands separators, for example %2.</source>
            <extracomment>%1 is what the user typed, %2 an example amount such as 1234.56</extracomment>
            <translation>金额“%1”不是普通数字。请使用数字、可选的负号，并以小数点分隔小数部分，不要使用千位分隔符，例如 %2。</translation>
        </message>
        <message>
            <source>The amount “%1” has decimals, but %2 has no minor unit. Enter a whole number.</source>
            <extracomment>%1 is the amount typed, %2 a currency code such as JPY</extracomment>
            <translation>金额“%1”带有小数，但 %2 没有辅币单位。请输入整数。</translation>
        </message>
        <message numerus="yes">
            <source>The amount “%1” has more than %n decimal place(s) for %2. Round it to %n decimal place(s).</source>
            <extracomment>%1 is the amount typed, %2 a currency code such as USD</extracomment>
            <translation>
                <numerusform>金额“%1”的小数位超过 %2 允许的 %n 位。请四舍五入到 %n 位小数。</numerusform>
            </translation>
        </message>
        <message>
            <source>The amount “%1” is too large to record in %2. Check the number of digits.</source>
            <extracomment>%1 is the amount typed, %2 a currency code</extracomment>
            <translation>金额“%1”过大，无法以 %2 记录。请检查位数。</translation>
        </message>
        <message>
            <source>Cannot combine an amount in %1 with an amount in %2. Convert one of them to the other currency first.</source>
            <extracomment>%1 and %2 are currency codes such as USD and EUR</extracomment>
            <translation>无法将以 %1 计的金额与以 %2 计的金额合并。请先将其中一个换算为另一种货币。</translation>
        </message>
        <message>
            <source>The result is too large to record in %1. Check the amounts involved.</source>
            <extracomment>%1 is a currency code</extracomment>
            <translation>结果过大，无法以 %1 记录。请检查所涉金额。</translation>
        </message>
        <message>
            <source>There is nothing to split the amount into. Give at least one share.</source>
            <translation>没有可供分摊金额的份额。请至少给出一个份额。</translation>
        </message>
        <message>
            <source>A share of the split is negative (%1). Shares must be zero or more.</source>
            <extracomment>%1 is the negative share, e.g. -2</extracomment>
            <translation>分摊中有一个份额为负数（%1）。份额必须为零或以上。</translation>
        </message>
        <message>
            <source>All shares of the split are zero. Give at least one share above zero.</source>
            <translation>分摊的所有份额均为零。请至少给出一个大于零的份额。</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <extracomment>%1 is the ISO currency code (USD), %2 the amount; reorder if your language puts the code after the amount</extracomment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>The amount “%1” is not a number. Type it like %2.</source>
            <translation>金额“%1”不是数字。请按 %2 的格式输入。</translation>
        </message>
        <message>
            <source>Fund manager</source>
            <extracomment>role of a local profile (¶15: the project manager post)</extracomment>
            <translation>基金管理方</translation>
        </message>
        <message>
            <source>Finance assistant</source>
            <extracomment>role of a local profile (¶15: the General Service post)</extracomment>
            <translation>财务助理</translation>
        </message>
        <message>
            <source>High Representative's office</source>
            <extracomment>role of a local profile: records the High Representative's final approvals (¶18)</extracomment>
            <translation>高级代表办公室</translation>
        </message>
        <message>
            <source>Publish name and amount</source>
            <extracomment>Publication consent of a contribution (¶17): the donor's name and the amount</extracomment>
            <translation>公布名称和金额</translation>
        </message>
        <message>
            <source>Publish as “anonymous donor”</source>
            <extracomment>Publication consent of a contribution (¶17): the amount, without the donor's name</extracomment>
            <translation>以“匿名捐助方”名义公布</translation>
        </message>
        <message>
            <source>Do not publish</source>
            <extracomment>Publication consent of a contribution (¶17): not published at all</extracomment>
            <translation>不公布</translation>
        </message>
        <message>
            <source>Africa</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>非洲</translation>
        </message>
        <message>
            <source>Americas</source>
            <extracomment>Geographic region (UN M49): North, Central and South America and the Caribbean</extracomment>
            <translation>美洲</translation>
        </message>
        <message>
            <source>Asia</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>亚洲</translation>
        </message>
        <message>
            <source>Europe</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>欧洲</translation>
        </message>
        <message>
            <source>Oceania</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>大洋洲</translation>
        </message>
        <message>
            <source>No regional group</source>
            <extracomment>A State in no UN regional group (the Holy See)</extracomment>
            <translation>不属于任何区域组</translation>
        </message>
        <message>
            <source>African States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>非洲国家组</translation>
        </message>
        <message>
            <source>Asia-Pacific States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>亚洲-太平洋国家组</translation>
        </message>
        <message>
            <source>Eastern European States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>东欧国家组</translation>
        </message>
        <message>
            <source>Latin American and Caribbean States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>拉丁美洲和加勒比国家组</translation>
        </message>
        <message>
            <source>Western European and other States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>西欧和其他国家组</translation>
        </message>
        <message>
            <source>Least Developed Countries</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>最不发达国家</translation>
        </message>
        <message>
            <source>Landlocked Developing Countries</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>内陆发展中国家</translation>
        </message>
        <message>
            <source>Small Island Developing States</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>小岛屿发展中国家</translation>
        </message>
        <message>
            <source>LDC</source>
            <extracomment>Abbreviation of "Least Developed Countries" as the UN writes it in this language</extracomment>
            <translation>最不发达国家</translation>
        </message>
        <message>
            <source>LLDC</source>
            <extracomment>Abbreviation of "Landlocked Developing Countries" as the UN writes it in this language</extracomment>
            <translation>内陆发展中国家</translation>
        </message>
        <message>
            <source>SIDS</source>
            <extracomment>Abbreviation of "Small Island Developing States" as the UN writes it in this language</extracomment>
            <translation>小岛屿发展中国家</translation>
        </message>
        <message>
            <source>Needs assessment</source>
            <extracomment>selection criterion (a) of activities</extracomment>
            <translation>需求评估</translation>
        </message>
        <message>
            <source>Synergy and gap analysis</source>
            <extracomment>selection criterion (b) of activities</extracomment>
            <translation>协同作用和差距分析</translation>
        </message>
        <message>
            <source>Geographic balance</source>
            <extracomment>selection criterion (c) of activities</extracomment>
            <translation>地域平衡</translation>
        </message>
        <message>
            <source>Impact, sustainability and ownership</source>
            <extracomment>selection criterion (d) of activities</extracomment>
            <translation>影响、可持续性和自主权</translation>
        </message>
        <message>
            <source>Commitment to the working group</source>
            <extracomment>selection criterion (e) of activities</extracomment>
            <translation>对工作组的承诺</translation>
        </message>
        <message>
            <source>Gender mainstreaming</source>
            <extracomment>selection criterion (f) of activities</extracomment>
            <translation>性别平等主流化</translation>
        </message>
        <message>
            <source>The activity answers needs identified in a national or regional needs assessment.</source>
            <translation>该活动满足国家或区域需求评估所确定的需求。</translation>
        </message>
        <message>
            <source>The application shows how the activity complements other capacity-building efforts and fills a gap they leave.</source>
            <translation>申请说明该活动如何与其他能力建设工作形成互补，并填补其留下的差距。</translation>
        </message>
        <message>
            <source>Funding the activity contributes to an equitable distribution of the fund's resources across regions.</source>
            <translation>资助该活动有助于在各区域之间公平分配基金资源。</translation>
        </message>
        <message>
            <source>The activity has a lasting impact and is owned nationally or regionally beyond the fund's support.</source>
            <translation>该活动具有持久影响，并在基金支助结束后仍由国家或区域自主开展。</translation>
        </message>
        <message>
            <source>The activity supports the work of the open-ended working group and its follow-up process.</source>
            <translation>该活动支持不限成员名额工作组及其后续进程的工作。</translation>
        </message>
        <message>
            <source>The activity mainstreams gender in its design, participation and results.</source>
            <translation>该活动在设计、参与和成果中将性别平等视角纳入主流。</translation>
        </message>
        <message>
            <source>Absent</source>
            <extracomment>point 0 of the 0–5 review scale</extracomment>
            <translation>缺失</translation>
        </message>
        <message>
            <source>Very weak</source>
            <extracomment>point 1 of the 0–5 review scale</extracomment>
            <translation>很弱</translation>
        </message>
        <message>
            <source>Weak</source>
            <extracomment>point 2 of the 0–5 review scale</extracomment>
            <translation>弱</translation>
        </message>
        <message>
            <source>Adequate</source>
            <extracomment>point 3 of the 0–5 review scale</extracomment>
            <translation>尚可</translation>
        </message>
        <message>
            <source>Strong</source>
            <extracomment>point 4 of the 0–5 review scale</extracomment>
            <translation>强</translation>
        </message>
        <message>
            <source>Exemplary</source>
            <extracomment>point 5 of the 0–5 review scale</extracomment>
            <translation>堪称典范</translation>
        </message>
        <message>
            <source>The application does not address the criterion at all.</source>
            <translation>申请完全未涉及该标准。</translation>
        </message>
        <message>
            <source>The criterion is mentioned, but without substance or evidence.</source>
            <translation>申请提及该标准，但缺乏实质内容或证据。</translation>
        </message>
        <message>
            <source>The criterion is addressed in part; important gaps or weaknesses remain.</source>
            <translation>申请部分涉及该标准；仍存在重要差距或不足。</translation>
        </message>
        <message>
            <source>The criterion is addressed satisfactorily, with some evidence; minor gaps remain.</source>
            <translation>申请令人满意地涉及该标准，并有一定证据；仍存在较小差距。</translation>
        </message>
        <message>
            <source>The criterion is addressed well, with clear evidence and few weaknesses.</source>
            <translation>申请很好地涉及该标准，证据明确，不足之处很少。</translation>
        </message>
        <message>
            <source>The criterion is addressed fully and convincingly, with strong evidence; a model for other applications.</source>
            <translation>申请全面、令人信服地涉及该标准，证据充分；可作为其他申请的范例。</translation>
        </message>
        <message>
            <source>The weight of “%1” must be a whole number from 0 to %2.</source>
            <extracomment>%1 is a criterion name, %2 the largest weight allowed</extracomment>
            <translation>“%1”的权重必须是 0 至 %2 之间的整数。</translation>
        </message>
        <message>
            <source>At least one criterion must have a weight above zero, or no application could be scored.</source>
            <translation>至少一项标准的权重必须大于零，否则任何申请都无法评分。</translation>
        </message>
        <message>
            <source>The weights of the review criteria could not be read. Enter them again in the fund's settings.</source>
            <translation>无法读取评审标准的权重。请在基金设置中重新输入。</translation>
        </message>
        <message>
            <source>The file “%1” could not be written. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>无法写入文件“%1”。请检查文件夹是否存在以及您是否有写入权限。</translation>
        </message>
        <message>
            <source>The file “%1” could not be written. Check that the disk is not full.</source>
            <translation>无法写入文件“%1”。请检查磁盘是否已满。</translation>
        </message>
        <message>
            <source>Applications</source>
            <extracomment>columns of the geographic balance table (¶25c); amounts in US dollars</extracomment>
            <translation>申请数</translation>
        </message>
        <message>
            <source>Requested (USD)</source>
            <translation>申请金额 (USD)</translation>
        </message>
        <message>
            <source>Recommended (USD)</source>
            <translation>推荐金额 (USD)</translation>
        </message>
        <message>
            <source>Equal share</source>
            <extracomment>last line of the geographic balance table: what each would get if shared equally</extracomment>
            <translation>平均份额</translation>
        </message>
        <message>
            <source>Region</source>
            <extracomment>first column of the geographic balance table: the M49 region</extracomment>
            <translation>区域</translation>
        </message>
        <message>
            <source>Regional group</source>
            <extracomment>first column of the geographic balance table: the UN regional group</extracomment>
            <translation>区域组</translation>
        </message>
        <message>
            <source>Reference</source>
            <extracomment>column of the exported review scores</extracomment>
            <translation>参考编号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>评审人</translation>
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
            <translation>加权评分</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>The activity application is no longer in the fund's database. Reload the list of activities and try again.</source>
            <translation>该活动申请已不在基金数据库中。请重新加载活动列表后重试。</translation>
        </message>
        <message>
            <source>The list of activities in the fund's database is damaged: activity %1 has an unknown value in “%2”.</source>
            <translation>基金数据库中的活动列表已损坏：活动 %1 的“%2”中有未知值。</translation>
        </message>
        <message>
            <source>The consultation is no longer in the fund's database. Reload the list of consultations and try again.</source>
            <translation>该磋商已不在基金数据库中。请重新加载磋商列表后重试。</translation>
        </message>
        <message>
            <source>The list of consultations in the fund's database is damaged: consultation %1 has an unknown advice.</source>
            <translation>基金数据库中的磋商列表已损坏：磋商 %1 有未知的意见。</translation>
        </message>
        <message>
            <source>A saved earlier state of a contribution in the fund's database is damaged and cannot be shown.</source>
            <translation>基金数据库中保存的某项捐款先前状态已损坏，无法显示。</translation>
        </message>
        <message>
            <source>The contribution is no longer in the fund's database. Reload the list of contributions and try again.</source>
            <translation>该捐款已不在基金数据库中。请重新加载捐款列表后重试。</translation>
        </message>
        <message>
            <source>The list of contributions in the fund's database is damaged: contribution %1 has an unknown value in “%2”.</source>
            <translation>基金数据库中的捐款列表已损坏：捐款 %1 的“%2”中有未知值。</translation>
        </message>
        <message>
            <source>The list of donors in the fund's database is damaged: donor %1 has an unknown value in “%2”.</source>
            <translation>基金数据库中的捐助方列表已损坏：捐助方 %1 的“%2”中有未知值。</translation>
        </message>
        <message>
            <source>The donor is no longer in the fund's database. Reload the list of donors and try again.</source>
            <translation>该捐助方已不在基金数据库中。请重新加载捐助方列表后重试。</translation>
        </message>
        <message>
            <source>The meeting is no longer in the fund's database. Reload the list of meetings and try again.</source>
            <translation>该会议已不在基金数据库中。请重新加载会议列表后重试。</translation>
        </message>
        <message>
            <source>The list of meetings in the fund's database is damaged: meeting %1 has an unknown value in “%2”.</source>
            <translation>基金数据库中的会议列表已损坏：会议 %1 的“%2”中有未知值。</translation>
        </message>
        <message>
            <source>The review is no longer in the fund's database. Reload the application's reviews and try again.</source>
            <translation>该评审已不在基金数据库中。请重新加载该申请的评审后重试。</translation>
        </message>
        <message>
            <source>The sponsorship application is no longer in the fund's database. Reload the list of applications and try again.</source>
            <translation>该赞助申请已不在基金数据库中。请重新加载申请列表后重试。</translation>
        </message>
        <message>
            <source>The list of sponsorships in the fund's database is damaged: application %1 has an unknown value in “%2”.</source>
            <translation>基金数据库中的赞助列表已损坏：申请 %1 的“%2”中有未知值。</translation>
        </message>
        <message>
            <source>The list of States in the fund's database is damaged: the State “%1” has an unknown value in “%2”.</source>
            <translation>基金数据库中的国家列表已损坏：国家“%1”的“%2”中有未知值。</translation>
        </message>
        <message>
            <source>The State with ISO code “%1” or M49 code “%2” is already in the list.</source>
            <translation>ISO 代码为“%1”或 M49 代码为“%2”的国家已在列表中。</translation>
        </message>
        <message>
            <source>Title: enter the title of the activity.</source>
            <translation>标题：请输入活动标题。</translation>
        </message>
        <message>
            <source>Implementing partners: enter the name of partner %1, or remove it from the list.</source>
            <extracomment>%1 is the position of the partner in the list: 1, 2, …</extracomment>
            <translation>执行伙伴：请输入伙伴 %1 的名称，或将其从列表中删除。</translation>
        </message>
        <message>
            <source>Focus areas: choose at least one of the nine focus areas of the fund (¶26).</source>
            <translation>重点领域：请至少选择基金九个重点领域中的一个（¶26）。</translation>
        </message>
        <message>
            <source>Needs assessment: describe the national or regional needs assessment the activity answers, or give the reference of the document (¶13, ¶25a).</source>
            <translation>需求评估：请说明该活动所回应的国家或区域需求评估，或提供该文件的参考编号（¶13、¶25a）。</translation>
        </message>
        <message>
            <source>Applicant State: choose the government that applies. Eligible recipients are governments (¶24).</source>
            <translation>申请国：请选择提出申请的政府。合格的接收方是各国政府（¶24）。</translation>
        </message>
        <message>
            <source>Applicant State: “%1” is not a Member State of the reference list. Eligible recipients are governments of Member States (¶24).</source>
            <extracomment>%1 is an ISO 3166 code such as FRA</extracomment>
            <translation>申请国：“%1”不是参考列表中的会员国。合格的接收方是会员国政府（¶24）。</translation>
        </message>
        <message>
            <source>Co-applicant States: the applicant State cannot also be a co-applicant.</source>
            <translation>共同申请国：申请国不能同时作为共同申请国。</translation>
        </message>
        <message>
            <source>Co-applicant States: “%1” is not a Member State of the reference list.</source>
            <translation>共同申请国：“%1”不是参考列表中的会员国。</translation>
        </message>
        <message>
            <source>Co-applicant States: %1 is listed twice.</source>
            <translation>共同申请国：%1 被列出两次。</translation>
        </message>
        <message>
            <source>Start: enter the date the activity starts.</source>
            <translation>开始：请输入活动开始日期。</translation>
        </message>
        <message>
            <source>End: enter the date the activity ends.</source>
            <translation>结束：请输入活动结束日期。</translation>
        </message>
        <message>
            <source>End: the activity cannot end (%1) before it starts (%2).</source>
            <extracomment>%1 and %2 are ISO dates</extracomment>
            <translation>结束：活动结束日期（%1）不能早于开始日期（%2）。</translation>
        </message>
        <message>
            <source>Amount requested: enter the amount requested for at least one year.</source>
            <translation>申请金额：请至少为一个年度输入申请金额。</translation>
        </message>
        <message>
            <source>Amount requested: amounts are requested in US dollars (USD).</source>
            <translation>申请金额：金额以美元（USD）申请。</translation>
        </message>
        <message>
            <source>Amount requested: the amount for %1 must be more than zero.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>申请金额：%1 年的金额必须大于零。</translation>
        </message>
        <message>
            <source>Amount requested: %1 is outside the years of the activity (%2–%3).</source>
            <extracomment>%1 is a year; %2–%3 the first and last years of the activity</extracomment>
            <translation>申请金额：%1 年不在活动年度范围内（%2–%3）。</translation>
        </message>
        <message>
            <source>Amount requested: the year %1 is entered twice.</source>
            <translation>申请金额：%1 年被输入了两次。</translation>
        </message>
        <message>
            <source>Co-funding: enter the amount from other sources in US dollars, zero or more.</source>
            <translation>共同供资：请输入来自其他来源的金额（美元），须为零或以上。</translation>
        </message>
        <message>
            <source>Reference: “%1” is already the reference of another application.</source>
            <extracomment>%1 is a reference such as CB-2026-014</extracomment>
            <translation>参考编号：“%1”已是另一项申请的参考编号。</translation>
        </message>
        <message>
            <source>The application has been reviewed or discussed in a consultation, so it cannot be deleted; its record is part of the selection. Cancel it instead.</source>
            <translation>该申请已被评审或已在磋商中讨论，因此不能删除；其记录是甄选工作的一部分。请改为取消该申请。</translation>
        </message>
        <message>
            <source>The year %1 is out of range. Enter a year from %2 to %3.</source>
            <extracomment>%1 is the year asked for, %2 and %3 the first and last years allowed</extracomment>
            <translation>%1 年超出范围。请输入 %2 至 %3 之间的年份。</translation>
        </message>
        <message>
            <source>This needs the role “%1”; the current profile has the role “%2”.</source>
            <extracomment>%1 and %2 are role names, such as "Fund manager"</extracomment>
            <translation>此操作需要角色“%1”；当前用户档案的角色是“%2”。</translation>
        </message>
        <message>
            <source>The fund is not operational: no minimum threshold of contributions has been set (¶16). Set it in the fund's settings before approving.</source>
            <translation>基金尚未投入运作：尚未设定捐款最低限额（¶16）。请在核准之前于基金设置中设定。</translation>
        </message>
        <message>
            <source>The fund is not operational yet: it becomes operational once the contributions received reach %1 (¶16); %2 is still missing.</source>
            <extracomment>%1 is the threshold, %2 the amount still missing, both with currency</extracomment>
            <translation>基金尚未投入运作：所收到的捐款达到 %1 后即投入运作（¶16）；目前仍差 %2。</translation>
        </message>
        <message>
            <source>This is %1 short of the available programme balance of %2.</source>
            <extracomment>%1 is the shortfall, %2 the available balance, both with currency</extracomment>
            <translation>比 %2 的可用方案余额少 %1。</translation>
        </message>
        <message>
            <source>The approved amount must be a positive amount in USD.</source>
            <translation>核准金额必须是以 USD 计的正数金额。</translation>
        </message>
        <message>
            <source>Enter the justification for changing the approved amount.</source>
            <translation>请输入更改核准金额的理由。</translation>
        </message>
        <message>
            <source>Only an approved item has an amount to amend.</source>
            <translation>只有已核准的项目才有可修改的金额。</translation>
        </message>
        <message>
            <source>This amendment has already been decided, or no longer exists.</source>
            <translation>此项修改已作出决定，或已不存在。</translation>
        </message>
        <message>
            <source>Whoever recommended a change cannot also approve it. Another profile of the High Representative's office must decide.</source>
            <translation>提出更改建议者不能同时核准该更改。必须由高级代表办公室的另一个用户档案作出决定。</translation>
        </message>
        <message>
            <source>%1 has already been paid on this item; the approved amount cannot go below it.</source>
            <extracomment>%1 is the amount already paid, with currency</extracomment>
            <translation>该项目已支付 %1；核准金额不能低于此数。</translation>
        </message>
        <message>
            <source>Date: enter the date of the consultation.</source>
            <translation>日期：请输入磋商日期。</translation>
        </message>
        <message>
            <source>Date: a consultation is recorded once it has taken place; the date cannot be in the future.</source>
            <translation>日期：磋商须在举行后才记录；日期不能是未来日期。</translation>
        </message>
        <message>
            <source>Participants: enter the States and members who took part.</source>
            <translation>与会者：请输入参加磋商的国家和成员。</translation>
        </message>
        <message>
            <source>Participants: a line of the list is empty; enter a name or remove the line.</source>
            <translation>与会者：列表中有一行为空；请输入名称或删除该行。</translation>
        </message>
        <message>
            <source>Advice: one application the advice refers to is no longer in the fund's database.</source>
            <translation>意见：意见所涉的一项申请已不在基金数据库中。</translation>
        </message>
        <message>
            <source>Advice: %1 has two entries; a consultation gives one advice per application.</source>
            <extracomment>%1 is a reference such as CB-2026-014</extracomment>
            <translation>意见：%1 有两条记录；一次磋商对每项申请只提出一条意见。</translation>
        </message>
        <message>
            <source>Advice: write down the advice given on %1.</source>
            <translation>意见：请写下对 %1 提出的意见。</translation>
        </message>
        <message>
            <source>Choose the donor of this contribution.</source>
            <translation>请选择这笔捐款的捐助方。</translation>
        </message>
        <message>
            <source>The chosen donor is no longer in the fund's database. Choose the donor again.</source>
            <translation>所选捐助方已不在基金数据库中。请重新选择捐助方。</translation>
        </message>
        <message>
            <source>The UN's due diligence declined %1, so the fund cannot accept its money, pledged or received (¶14). Choose another donor, or record a new clearance on the donor if the decision was reversed.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>联合国尽职调查已拒绝 %1，因此基金不能接受其资金，无论是认捐还是已收款（¶14）。请选择其他捐助方；如该决定已被撤销，请为该捐助方记录新的审查通过结果。</translation>
        </message>
        <message>
            <source>%1 has not yet been cleared by the UN's due diligence, so its money can be pledged but not recorded as received (¶14). Record a pledge for now, or record the clearance on the donor first.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>%1 尚未通过联合国尽职调查，因此其资金可以认捐，但不能记为已收款（¶14）。请暂时记录认捐，或先为该捐助方记录审查通过结果。</translation>
        </message>
        <message>
            <source>Enter the date of the contribution.</source>
            <translation>请输入捐款日期。</translation>
        </message>
        <message>
            <source>The date %1 is before 1 January 2000. Check the year.</source>
            <extracomment>%1 is a date such as 1999-12-31</extracomment>
            <translation>日期 %1 早于 2000 年 1 月 1 日。请检查年份。</translation>
        </message>
        <message>
            <source>A receipt cannot be dated in the future: %1 is after today, %2. Enter the date the money was received, or record a pledge.</source>
            <extracomment>%1 and %2 are dates such as 2025-03-31</extracomment>
            <translation>收款日期不能是未来日期：%1 晚于今天（%2）。请输入收到资金的日期，或记录认捐。</translation>
        </message>
        <message>
            <source>The amount must be above zero. Enter the amount the donor gives.</source>
            <translation>金额必须大于零。请输入捐助方提供的金额。</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose the currency from the list.</source>
            <extracomment>%1 is what was entered as a currency code</extracomment>
            <translation>“%1”不是已知的 ISO 4217 货币代码。请从列表中选择货币。</translation>
        </message>
        <message>
            <source>Enter the exchange rate to US dollars used on the day; it must be above zero.</source>
            <translation>请输入当日使用的美元汇率；汇率必须大于零。</translation>
        </message>
        <message>
            <source>The amount is in US dollars, so its exchange rate must be 1, not %1.</source>
            <extracomment>%1 is an exchange rate such as 0.98</extracomment>
            <translation>该金额以美元计，因此其汇率必须为 1，而不是 %1。</translation>
        </message>
        <message>
            <source>Only a receipt can be paid against a pledge. Clear the pledge it pays, or record a receipt.</source>
            <translation>只有收款才能冲抵认捐。请清除其所冲抵的认捐，或记录收款。</translation>
        </message>
        <message>
            <source>A receipt cannot be paid against itself. Choose the pledge it pays, or none.</source>
            <translation>收款不能冲抵其自身。请选择其所冲抵的认捐，或不选。</translation>
        </message>
        <message>
            <source>The pledge this receipt pays is not in the fund's database. Choose the pledge again, or none.</source>
            <translation>该收款所冲抵的认捐不在基金数据库中。请重新选择认捐，或不选。</translation>
        </message>
        <message>
            <source>The chosen pledge was made by another donor. Choose a pledge of %1, or none.</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>所选认捐由另一捐助方作出。请选择 %1 的认捐，或不选。</translation>
        </message>
        <message>
            <source>The chosen pledge is in %1 and this receipt in %2. Record the receipt in %1, or choose another pledge.</source>
            <extracomment>%1 and %2 are currency codes such as EUR</extracomment>
            <translation>所选认捐以 %1 计，而该收款以 %2 计。请以 %1 记录该收款，或选择其他认捐。</translation>
        </message>
        <message>
            <source>The fund accepts no earmarked contributions (¶19): money restricted to specific activities cannot be recorded. Ask the donor to lift the restriction, then record the contribution without it.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>基金不接受指定用途的捐款（¶19）：限定用于具体活动的资金不能记录。请要求捐助方取消该限制，然后记录不附该限制的捐款。</translation>
        </message>
        <message>
            <source>This receipt comes with conditions. Confirm that they do not restrict its use to specific activities (no earmarking, ¶19) before recording it.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>这笔收款附有条件。记录之前，请确认这些条件未将其用途限定于具体活动（不指定用途，¶19）。</translation>
        </message>
        <message>
            <source>Only a pledge can have a schedule of payments. Remove the schedule, or record a pledge.</source>
            <translation>只有认捐才能有付款时间表。请删除该时间表，或记录认捐。</translation>
        </message>
        <message>
            <source>Enter the due date of scheduled payment %1.</source>
            <extracomment>%1 is the number of the payment in the schedule: 1, 2, 3 …</extracomment>
            <translation>请输入第 %1 笔计划付款的到期日。</translation>
        </message>
        <message>
            <source>Scheduled payment %1 must be above zero.</source>
            <extracomment>%1 is the number of the payment in the schedule: 1, 2, 3 …</extracomment>
            <translation>第 %1 笔计划付款必须大于零。</translation>
        </message>
        <message>
            <source>Scheduled payment %1 is in %2, but the pledge is in %3. Enter every payment in %3.</source>
            <extracomment>%1 is the number of the payment; %2 and %3 are currency codes such as EUR</extracomment>
            <translation>第 %1 笔计划付款以 %2 计，但认捐以 %3 计。请以 %3 输入每笔付款。</translation>
        </message>
        <message>
            <source>The scheduled payments add up to %1 %2, but the pledge is %3 %2. Adjust the payments so that they add up to the pledge.</source>
            <extracomment>%1 and %3 are amounts such as 1000.00, %2 their currency code such as EUR</extracomment>
            <translation>计划付款合计为 %1 %2，但认捐为 %3 %2。请调整付款，使其合计等于认捐。</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) are recorded against this pledge, so it must stay a pledge. Record the money received as a receipt instead.</source>
            <translation>
                <numerusform>已有 %n 笔收款冲抵此认捐，因此它必须保持为认捐。请将收到的资金记录为收款。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) from this donor are recorded against this pledge, so its donor cannot change.</source>
            <translation>
                <numerusform>已有 %n 笔来自该捐助方的收款冲抵此认捐，因此其捐助方不能更改。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) in %1 are recorded against this pledge, so its currency must stay %1.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>
                <numerusform>已有 %n 笔以 %1 计的收款冲抵此认捐，因此其货币必须保持为 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>This contribution has been received, so its earlier state is kept in its history. Enter the reason for the change.</source>
            <translation>这笔捐款已收到，因此其先前状态保留在历史记录中。请输入更改理由。</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) are recorded against this pledge, so it cannot be deleted. Delete those receipts first, or keep the pledge.</source>
            <translation>
                <numerusform>已有 %n 笔收款冲抵此认捐，因此不能删除。请先删除这些收款，或保留该认捐。</numerusform>
            </translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building (demo)</source>
            <translation>联合国信通技术安全能力建设自愿基金（演示）</translation>
        </message>
        <message>
            <source>Enter the date of the payment.</source>
            <translation>请输入付款日期。</translation>
        </message>
        <message>
            <source>A payment cannot be dated in the future.</source>
            <translation>付款日期不能是未来日期。</translation>
        </message>
        <message>
            <source>Enter the payee.</source>
            <translation>请输入收款方。</translation>
        </message>
        <message>
            <source>Enter an amount above zero.</source>
            <translation>请输入大于零的金额。</translation>
        </message>
        <message>
            <source>A payment is a positive amount; record money coming back as a refund, with its reason.</source>
            <translation>付款金额为正数；退回的资金请记录为退款，并注明理由。</translation>
        </message>
        <message>
            <source>Enter the reason for the refund.</source>
            <translation>请输入退款理由。</translation>
        </message>
        <message>
            <source>Payments can be made only against an approved or active sponsorship or activity.</source>
            <translation>只能针对已核准或执行中的赞助或活动付款。</translation>
        </message>
        <message>
            <source>Choose the recipient State from the list.</source>
            <translation>请从列表中选择接收国。</translation>
        </message>
        <message>
            <source>This payment of %1 exceeds what remains committed on the item: %2.</source>
            <extracomment>%1 is the payment in USD, %2 what remains committed, both with currency</extracomment>
            <translation>这笔 %1 的付款超过了该项目剩余的承付金额：%2。</translation>
        </message>
        <message>
            <source>This refund of %1 exceeds what was paid on the item: %2.</source>
            <extracomment>%1 is the refund in USD, %2 what was paid, both with currency</extracomment>
            <translation>这笔 %1 的退款超过了该项目的已付金额：%2。</translation>
        </message>
        <message>
            <source>Choose what kind of donor this is.</source>
            <translation>请选择该捐助方的类型。</translation>
        </message>
        <message>
            <source>Choose the State from the list.</source>
            <translation>请从列表中选择国家。</translation>
        </message>
        <message>
            <source>“%1” is not a State of the reference list. Choose the State from the list.</source>
            <extracomment>%1 is a code such as FRA</extracomment>
            <translation>“%1”不是参考列表中的国家。请从列表中选择国家。</translation>
        </message>
        <message>
            <source>%1 is an observer State, not a Member State. Choose “Observer State” as the kind of donor, or another State.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>%1 是观察员国，不是会员国。请选择“观察员国”作为捐助方类型，或选择其他国家。</translation>
        </message>
        <message>
            <source>%1 is a Member State, not an observer State. Choose “Member State” as the kind of donor, or another State.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>%1 是会员国，不是观察员国。请选择“会员国”作为捐助方类型，或选择其他国家。</translation>
        </message>
        <message>
            <source>%1 already has a donor record, and a State has only one. Choose that record instead of adding a new one.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>%1 已有捐助方记录，而每个国家只能有一条。请选择该记录，而不要新增记录。</translation>
        </message>
        <message>
            <source>Enter the donor's name.</source>
            <translation>请输入捐助方名称。</translation>
        </message>
        <message>
            <source>The donor's name is %1 characters long. Shorten it to at most %2 characters.</source>
            <translation>捐助方名称长度为 %1 个字符。请缩短至最多 %2 个字符。</translation>
        </message>
        <message>
            <source>“%1” is not a country of the reference list. Choose the country from the list, or leave it empty.</source>
            <extracomment>%1 is a code such as FRA</extracomment>
            <translation>“%1”不是参考列表中的国家。请从列表中选择国家，或留空。</translation>
        </message>
        <message>
            <source>A donor of the kind “%1” needs no due-diligence clearance. Set the clearance to “Not required”.</source>
            <extracomment>%1 is a kind of donor, such as "Member State"</extracomment>
            <translation>“%1”类捐助方无需尽职调查审查。请将审查状态设为“无需进行”。</translation>
        </message>
        <message>
            <source>Enter the date of the due-diligence decision (%1).</source>
            <extracomment>%1 is a due-diligence status: "Cleared" or "Declined"</extracomment>
            <translation>请输入尽职调查决定的日期（%1）。</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n contribution(s) recorded, so the donor cannot be deleted: the fund's books must keep who gave what. Delete the contributions first if they were entered by mistake.</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>
                <numerusform>%1 已记录 %n 笔捐款，因此不能删除该捐助方：基金账簿必须保留谁提供了什么。如这些捐款系误录，请先删除它们。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: not a capital-based government official currently working on cyber/ICT-security diplomacy, policy or related technical fields</source>
            <extracomment>%1 is "¶21(a)"</extracomment>
            <translation>%1：不是目前在网络/信通技术安全外交、政策或相关技术领域工作的首都政府官员</translation>
        </message>
        <message>
            <source>%1: no direct experience of ICT-security matters in the current post, or no intention to contribute to the UN discussions</source>
            <extracomment>%1 is "¶21(b)"</extracomment>
            <translation>%1：在现有职位上不具备信通技术安全相关事项的直接经验，或无意为联合国相关讨论做出贡献</translation>
        </message>
        <message>
            <source>%1: not able to travel and attend during the sessions</source>
            <extracomment>%1 is "¶21(c)"</extracomment>
            <translation>%1：不能在各次会议期间旅行和参会</translation>
        </message>
        <message>
            <source>%1: will not attend all formal meetings and the capacity-building activities alongside them</source>
            <extracomment>%1 is "¶21(d)"</extracomment>
            <translation>%1：不会出席所有正式会议以及与之同时组织的能力建设活动</translation>
        </message>
        <message>
            <source>%1: not willing to share a report on the experience with the fund manager</source>
            <extracomment>%1 is "¶21(e)"</extracomment>
            <translation>%1：不愿与基金管理方分享介绍其经验的报告</translation>
        </message>
        <message>
            <source>The fund's setting “%1” holds a value FundDesk cannot read. Open the fund's settings, enter the value again and save.</source>
            <extracomment>%1 is the internal name of a setting, e.g. fund.threshold.usd_minor</extracomment>
            <translation>基金设置“%1”中的值无法被 FundDesk 读取。请打开基金设置，重新输入该值并保存。</translation>
        </message>
        <message>
            <source>The fund's name is %2 characters long. Shorten it to %1 characters at most.</source>
            <extracomment>%1 is the maximum number of characters, %2 the number typed</extracomment>
            <translation>基金名称长度为 %2 个字符。请缩短至最多 %1 个字符。</translation>
        </message>
        <message>
            <source>The operational threshold cannot be negative. Enter zero, or the amount of receipts at which the fund becomes operational.</source>
            <translation>运作最低限额不能为负数。请输入零，或基金投入运作所需的收款金额。</translation>
        </message>
        <message>
            <source>The operational threshold is in %1, but the fund's books are kept in US dollars. Enter the threshold in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>运作最低限额以 %1 计，但基金账簿以美元记账。请以 USD 输入最低限额。</translation>
        </message>
        <message>
            <source>The annual cost of the Professional post cannot be negative. Enter zero or an amount above zero.</source>
            <translation>专业员额的年度费用不能为负数。请输入零或大于零的金额。</translation>
        </message>
        <message>
            <source>The annual cost of the Professional post is in %1, but the fund's books are kept in US dollars. Enter the cost in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>专业员额的年度费用以 %1 计，但基金账簿以美元记账。请以 USD 输入费用。</translation>
        </message>
        <message>
            <source>The annual cost of the General Service post cannot be negative. Enter zero or an amount above zero.</source>
            <translation>一般事务员额的年度费用不能为负数。请输入零或大于零的金额。</translation>
        </message>
        <message>
            <source>The annual cost of the General Service post is in %1, but the fund's books are kept in US dollars. Enter the cost in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>一般事务员额的年度费用以 %1 计，但基金账簿以美元记账。请以 USD 输入费用。</translation>
        </message>
        <message>
            <source>The minimum funding per activity cannot be negative. Enter zero or an amount above zero.</source>
            <translation>每项活动的最低供资额不能为负数。请输入零或大于零的金额。</translation>
        </message>
        <message>
            <source>The minimum funding per activity is in %1, but the fund's books are kept in US dollars. Enter the minimum in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>每项活动的最低供资额以 %1 计，但基金账簿以美元记账。请以 USD 输入最低供资额。</translation>
        </message>
        <message>
            <source>The threshold cannot have been announced on %1, after today (%2). Enter the date donors were told the threshold, or leave it empty until then.</source>
            <extracomment>%1 is the date entered, %2 today's date, both as YYYY-MM-DD</extracomment>
            <translation>最低限额的告知日期不能是 %1，因为该日期晚于今天（%2）。请输入告知捐助方最低限额的日期，或在告知之前留空。</translation>
        </message>
        <message>
            <source>Not yet operational: set the minimum threshold of contributions in Settings (¶16).</source>
            <translation>尚未投入运作：请在“设置”中设定捐款最低限额（¶16）。</translation>
        </message>
        <message>
            <source>Operational: contributions received have reached the threshold of %1.</source>
            <translation>已投入运作：所收到的捐款已达到 %1 的最低限额。</translation>
        </message>
        <message>
            <source>Not yet operational: %1 still missing to reach the threshold of %2 (¶16).</source>
            <translation>尚未投入运作：距 %2 的最低限额仍差 %1（¶16）。</translation>
        </message>
        <message>
            <source>No meeting has the reference “%1”.</source>
            <translation>没有参考编号为“%1”的会议。</translation>
        </message>
        <message>
            <source>Enter the meeting's reference, such as PM-2026-1.</source>
            <translation>请输入会议的参考编号，例如 PM-2026-1。</translation>
        </message>
        <message>
            <source>Another meeting already has the reference “%1”.</source>
            <translation>另一个会议已使用参考编号“%1”。</translation>
        </message>
        <message>
            <source>Enter the meeting's name.</source>
            <translation>请输入会议名称。</translation>
        </message>
        <message>
            <source>Enter the city where the meeting is held.</source>
            <translation>请输入会议举行的城市。</translation>
        </message>
        <message>
            <source>Enter the first day of the meeting.</source>
            <translation>请输入会议的第一天。</translation>
        </message>
        <message>
            <source>The last day of the meeting cannot be before its first day.</source>
            <translation>会议的最后一天不能早于第一天。</translation>
        </message>
        <message numerus="yes">
            <source>The formal meeting days must be from 1 to %n, the days from the first to the last day of the meeting.</source>
            <translation>
                <numerusform>正式会议日必须在第 1 天至第 %n 天之间，即会议第一天至最后一天的范围内。</numerusform>
            </translation>
        </message>
        <message>
            <source>The airfare from %1 must be an amount in USD of 0 or more.</source>
            <extracomment>%1 is a region of the world, such as Africa</extracomment>
            <translation>从%1出发的机票费用必须是以 USD 计、不小于 0 的金额。</translation>
        </message>
        <message>
            <source>The daily subsistence allowance must be an amount in USD of 0 or more.</source>
            <translation>每日生活津贴必须是以 USD 计、不小于 0 的金额。</translation>
        </message>
        <message>
            <source>The days of subsistence allowance cannot be negative.</source>
            <translation>生活津贴天数不能为负数。</translation>
        </message>
        <message>
            <source>The terminal expenses must be an amount in USD of 0 or more.</source>
            <translation>往返终点站费用必须是以 USD 计、不小于 0 的金额。</translation>
        </message>
        <message numerus="yes">
            <source>%n sponsorship application(s) are recorded for this meeting, so it cannot be deleted.</source>
            <translation>
                <numerusform>已为该会议记录了 %n 份赞助申请，因此不能删除该会议。</numerusform>
            </translation>
        </message>
        <message>
            <source>The year %1 is closed, so its records cannot be changed. The fund manager can reopen the year, giving a reason.</source>
            <extracomment>%1 is a year such as 2025</extracomment>
            <translation>%1 年度已结账，因此其记录不能更改。基金管理方可以说明理由后重新开启该年度。</translation>
        </message>
        <message>
            <source>Only the fund manager can close or reopen a year. The current profile has the role “%1”.</source>
            <extracomment>%1 is the name of a role, such as "Fund manager"</extracomment>
            <translation>只有基金管理方可以结账或重新开启年度。当前用户档案的角色是“%1”。</translation>
        </message>
        <message>
            <source>The year %1 is already closed.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>%1 年度已结账。</translation>
        </message>
        <message>
            <source>Enter the reason for reopening the year: it is kept on record.</source>
            <translation>请输入重新开启该年度的理由：理由将存档。</translation>
        </message>
        <message>
            <source>The year %1 is not closed.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>%1 年度尚未结账。</translation>
        </message>
        <message>
            <source>A scheduled payment of a pledge in %1 is in %2. Enter every scheduled payment in the pledge's currency.</source>
            <extracomment>%1 is the pledge's currency, %2 the currency of one of its scheduled payments</extracomment>
            <translation>以 %1 计的认捐中有一笔计划付款以 %2 计。请以认捐货币输入每笔计划付款。</translation>
        </message>
        <message>
            <source>The profile is no longer in the fund's database.</source>
            <translation>该用户档案已不在基金数据库中。</translation>
        </message>
        <message>
            <source>Enter the name of the profile.</source>
            <translation>请输入用户档案名称。</translation>
        </message>
        <message>
            <source>A profile named “%1” already exists.</source>
            <extracomment>%1 is the name of a person's profile</extracomment>
            <translation>名为“%1”的用户档案已存在。</translation>
        </message>
        <message>
            <source>Reference data, row %1, column %2: a quotation mark is misplaced. A field with quotation marks must be enclosed in them entirely.</source>
            <translation>参考数据，第 %1 行，第 %2 列：引号位置错误。带引号的字段必须完全括在引号中。</translation>
        </message>
        <message>
            <source>Reference data, row %1: a quoted field is not closed before the end of the file.</source>
            <translation>参考数据，第 %1 行：带引号的字段在文件结束前未闭合。</translation>
        </message>
        <message>
            <source>Reference data: the column “%1” appears twice in the header.</source>
            <translation>参考数据：列“%1”在标题行中出现两次。</translation>
        </message>
        <message>
            <source>Reference data: the column “%1” is missing from the header.</source>
            <translation>参考数据：标题行中缺少列“%1”。</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: the value is empty.</source>
            <translation>参考数据，第 %1 行，列“%2”：值为空。</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” is not 0 or 1.</source>
            <translation>参考数据，第 %1 行，列“%2”：“%3”不是 0 或 1。</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” is not a valid value.</source>
            <translation>参考数据，第 %1 行，列“%2”：“%3”不是有效值。</translation>
        </message>
        <message>
            <source>Reference data: the file is not valid UTF-8 text.</source>
            <translation>参考数据：该文件不是有效的 UTF-8 文本。</translation>
        </message>
        <message>
            <source>Reference data: the file is empty; a header row is expected.</source>
            <translation>参考数据：文件为空；应有标题行。</translation>
        </message>
        <message>
            <source>Reference data, row %1: %2 fields where the header has %3.</source>
            <translation>参考数据，第 %1 行：有 %2 个字段，而标题行有 %3 个。</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” appears twice.</source>
            <translation>参考数据，第 %1 行，列“%2”：“%3”出现两次。</translation>
        </message>
        <message>
            <source>The list of States built into FundDesk could not be read.</source>
            <translation>无法读取 FundDesk 内置的国家列表。</translation>
        </message>
        <message>
            <source>Conflict of interest: describe the conflict you declare, so the record shows why you did not score.</source>
            <translation>利益冲突：请说明您所申报的冲突，以便记录显示您未评分的原因。</translation>
        </message>
        <message>
            <source>Reviewer: enter the name of the reviewer.</source>
            <translation>评审人：请输入评审人姓名。</translation>
        </message>
        <message>
            <source>Reviewer: %1 has already declared for this application. Open that review instead.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>评审人：%1 已对该申请作出申报。请改为打开该评审。</translation>
        </message>
        <message>
            <source>%1 declared a conflict of interest for this application and cannot score it. The aggregate score is computed without this reviewer.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>%1 已申报与该申请存在利益冲突，不能对其评分。计算综合评分时不计入该评审人。</translation>
        </message>
        <message>
            <source>%1: the score must be a whole number from %2 to %3.</source>
            <extracomment>%1 is a criterion name; %2 and %3 the ends of the scale (0 and 5)</extracomment>
            <translation>%1：评分必须是 %2 至 %3 之间的整数。</translation>
        </message>
        <message>
            <source>Justification: explain the scores in writing; the selection must be transparent and accountable.</source>
            <translation>理由：请以书面形式说明评分理由；甄选必须透明、负责。</translation>
        </message>
        <message numerus="yes">
            <source>You pinned %1 applicants for %n seat(s): the slate is the pinned applicants only. Unpin some or add seats.</source>
            <translation>
                <numerusform>您为 %n 个名额锁定了 %1 名申请人：入选名单仅包含锁定的申请人。请取消部分锁定或增加名额。</numerusform>
            </translation>
        </message>
        <message>
            <source>The pinned applicants cost %1, more than the budget of %2: the slate is the pinned applicants only.</source>
            <translation>锁定的申请人费用为 %1，超过 %2 的预算：入选名单仅包含锁定的申请人。</translation>
        </message>
        <message>
            <source>Pinned by you</source>
            <translation>由您锁定</translation>
        </message>
        <message>
            <source>One of %1 delegates from %2: no applicant from another State could take the seat</source>
            <translation>来自%2的 %1 名代表之一：没有来自其他国家的申请人可占用该名额</translation>
        </message>
        <message>
            <source>Only applicant from %1</source>
            <translation>来自%1的唯一申请人</translation>
        </message>
        <message numerus="yes">
            <source>Chosen among %n applicants from %1</source>
            <translation>
                <numerusform>从来自%1的 %n 名申请人中选出</numerusform>
            </translation>
        </message>
        <message>
            <source>Covers %1</source>
            <translation>覆盖%1</translation>
        </message>
        <message>
            <source>Priority State: %1</source>
            <extracomment>%1 is a list of priority groups such as "LDC and LLDC" (¶22)</extracomment>
            <translation>优先国家：%1</translation>
        </message>
        <message>
            <source>Score %1</source>
            <translation>评分 %1</translation>
        </message>
        <message>
            <source>No reviewer score yet</source>
            <translation>尚无评审人评分</translation>
        </message>
        <message>
            <source>Excluded by you</source>
            <translation>由您排除</translation>
        </message>
        <message>
            <source>Not eligible: %1</source>
            <extracomment>%1 lists the failing criteria, such as "¶21(a) and ¶21(c)"</extracomment>
            <translation>不合格：%1</translation>
        </message>
        <message>
            <source>Not screened yet: assess %1</source>
            <extracomment>%1 lists the criteria not yet assessed, such as "¶21(b) and ¶21(d)"</extracomment>
            <translation>尚未筛选：请评估 %1</translation>
        </message>
        <message>
            <source>Would need a budget of %1 more</source>
            <translation>还需要 %1 的预算</translation>
        </message>
        <message>
            <source>The pinned applicants take the whole slate</source>
            <translation>锁定的申请人占满了整个名单</translation>
        </message>
        <message>
            <source>%1 already has a delegate and other States wait</source>
            <translation>%1 已有一名代表，且其他国家仍在等待</translation>
        </message>
        <message>
            <source>Every seat is taken by a pinned applicant</source>
            <translation>所有名额均已被锁定的申请人占用</translation>
        </message>
        <message>
            <source>Taking them would leave %1 without a delegate</source>
            <translation>选入他们将使%1没有代表</translation>
        </message>
        <message>
            <source>Taking them would leave fewer than half of the seats to women</source>
            <translation>选入他们将使女性所占名额不足一半</translation>
        </message>
        <message>
            <source>Taking them would leave %1 uncovered</source>
            <translation>选入他们将使%1未被覆盖</translation>
        </message>
        <message>
            <source>Taking them would mean one delegate fewer from LDC, LLDC and SIDS</source>
            <translation>选入他们将使来自最不发达国家、内陆发展中国家和小岛屿发展中国家的代表减少一名</translation>
        </message>
        <message>
            <source>A higher score than %1 (the lowest selected with the same profile)</source>
            <translation>评分高于 %1（具有相同情况的入选者中的最低分）</translation>
        </message>
        <message>
            <source>A higher score than %1 (the score of %2, whose place they would take)</source>
            <translation>评分高于 %1（即将被其取代的 %2 的评分）</translation>
        </message>
        <message>
            <source>Same standing as %1, who costs %2 less</source>
            <translation>与 %1 条件相同，但费用低 %2</translation>
        </message>
        <message>
            <source>Same standing and cost as %1, whose application came first</source>
            <translation>与 %1 条件和费用相同，但其申请在先</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>No regional group is covered by the slate</extracomment>
            <translation>无</translation>
        </message>
        <message>
            <source>Seats filled</source>
            <translation>已占名额</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>States</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>总费用</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <source>%1 (%2 left)</source>
            <translation>%1（剩余 %2）</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>女性</translation>
        </message>
        <message>
            <source>%1 (%2 %)</source>
            <translation>%1（%2%）</translation>
        </message>
        <message>
            <source>Regional groups covered</source>
            <translation>已覆盖的区域组</translation>
        </message>
        <message>
            <source>%1 of 5: %2</source>
            <translation>%1 / 5：%2</translation>
        </message>
        <message>
            <source>From LDC, LLDC or SIDS</source>
            <translation>来自最不发达国家、内陆发展中国家或小岛屿发展中国家</translation>
        </message>
        <message>
            <source>The seats must be a whole number from 1 to %1.</source>
            <translation>名额必须是 1 至 %1 之间的整数。</translation>
        </message>
        <message>
            <source>The budget must be an amount in USD of 0 or more.</source>
            <translation>预算必须是以 USD 计、不小于 0 的金额。</translation>
        </message>
        <message>
            <source>Choose the meeting the applicant would attend.</source>
            <translation>请选择申请人将出席的会议。</translation>
        </message>
        <message>
            <source>Enter the applicant's name.</source>
            <translation>请输入申请人姓名。</translation>
        </message>
        <message>
            <source>Choose the applicant's gender, or “Other or undisclosed”.</source>
            <translation>请选择申请人的性别，或选择“其他或不愿透露”。</translation>
        </message>
        <message>
            <source>Choose the applicant's State from the list.</source>
            <translation>请从列表中选择申请人所属国家。</translation>
        </message>
        <message>
            <source>The cost you set must be an amount in USD of 0 or more.</source>
            <translation>您设定的费用必须是以 USD 计、不小于 0 的金额。</translation>
        </message>
        <message>
            <source>Say why the cost differs from the meeting's norms.</source>
            <translation>请说明费用与会议标准不同的原因。</translation>
        </message>
        <message>
            <source>The score must be a whole number from 0 to 100.</source>
            <translation>评分必须是 0 至 100 之间的整数。</translation>
        </message>
        <message>
            <source>The actual cost must be an amount in USD of 0 or more.</source>
            <translation>实际费用必须是以 USD 计、不小于 0 的金额。</translation>
        </message>
        <message>
            <source>not every criterion of ¶21 is assessed yet</source>
            <translation>¶21 的各项标准尚未全部评估</translation>
        </message>
        <message>
            <source>This application cannot be recommended: %1.</source>
            <extracomment>%1 is the reason, such as "¶21(c): not able to travel and attend during the sessions"</extracomment>
            <translation>该申请不能被推荐：%1。</translation>
        </message>
        <message>
            <source>Choose the meeting and the State to estimate the cost.</source>
            <translation>请选择会议和国家以估算费用。</translation>
        </message>
        <message>
            <source>The sponsorship is no longer in the fund's database.</source>
            <translation>该赞助已不在基金数据库中。</translation>
        </message>
        <message>
            <source>The activity is no longer in the fund's database.</source>
            <translation>该活动已不在基金数据库中。</translation>
        </message>
        <message>
            <source>An application cannot move from “%1” to “%2”: “%1” is a final status.</source>
            <extracomment>%1 and %2 are statuses of an application</extracomment>
            <translation>申请不能从“%1”变为“%2”：“%1”是最终状态。</translation>
        </message>
        <message>
            <source>An application cannot move from “%1” to “%2”. From “%1” it can move only to %3.</source>
            <extracomment>%1 and %2 are statuses; %3 lists the statuses allowed next, separated by commas</extracomment>
            <translation>申请不能从“%1”变为“%2”。从“%1”只能变为%3。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Choose your profile before changing an application's status.</source>
            <translation>更改申请状态之前，请先选择您的用户档案。</translation>
        </message>
        <message>
            <source>Only a profile with the role “%2” can record “%1”; the current profile has the role “%3”.</source>
            <extracomment>%1 is a status, %2 and %3 are role names</extracomment>
            <translation>只有角色为“%2”的用户档案才能记录“%1”；当前用户档案的角色是“%3”。</translation>
        </message>
        <message>
            <source>not every ¶21 criterion has been assessed</source>
            <translation>¶21 的各项标准尚未全部评估</translation>
        </message>
        <message>
            <source>This sponsorship cannot be “%1”: %2.</source>
            <extracomment>%1 is a status; %2 lists the failed ¶21 criteria, separated by semicolons</extracomment>
            <translation>该赞助不能设为“%1”：%2。</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>%1 recommended this application, so %1 cannot also approve or reject it. Another profile of the High Representative's office must decide.</source>
            <extracomment>%1 is the name of a person's profile</extracomment>
            <translation>%1 推荐了该申请，因此 %1 不能同时核准或驳回该申请。必须由高级代表办公室的另一个用户档案作出决定。</translation>
        </message>
        <message>
            <source>Enter the written justification for “%1”: it is required both for recommending and for not recommending.</source>
            <extracomment>%1 is a status such as "Recommended"</extracomment>
            <translation>请输入“%1”的书面理由：推荐和不推荐均须说明理由。</translation>
        </message>
        <message>
            <source>The amount “%1” has its thousands grouped wrongly: use groups of three digits, as in %2.</source>
            <translation>金额“%1”的千位分组有误：请按三位数字分组，如 %2。</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail was never sealed: it was added outside FundDesk.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>审计跟踪的第 %1 条记录从未封存：该记录是在 FundDesk 之外添加的。</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be read: check that you may read it and that the disk is not full.</source>
            <translation>无法读取基金数据库“%1”：请检查您是否有读取权限以及磁盘是否已满。</translation>
        </message>
        <message>
            <source>The fund's database “%1” was deleted, moved or replaced while FundDesk had it open. Nothing more is saved to it: back up now to keep what is open, then open the fund again.</source>
            <translation>基金数据库“%1”在 FundDesk 打开期间被删除、移动或替换。此后不会再向其保存任何内容：请立即备份以保留当前打开的内容，然后重新打开基金。</translation>
        </message>
        <message>
            <source>The fund's database “%1” is read-only: FundDesk cannot save changes to it. Open it read-only, or make the file writable.</source>
            <translation>基金数据库“%1”为只读：FundDesk 无法向其保存更改。请以只读方式打开，或将该文件设为可写。</translation>
        </message>
        <message>
            <source>%1 on %2, process %3, since %4 UTC</source>
            <extracomment>who holds a fund open: %1 user name, %2 computer name, %3 process number, %4 date and time</extracomment>
            <translation>%1，计算机 %2，进程 %3，自 %4 UTC 起</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>“%1” is already open for changes in another FundDesk (%2). Close it there first, or open the fund read-only.</source>
            <extracomment>%1 the fund's file, %2 who has it open (user, computer, process, since when)</extracomment>
            <translation>“%1”已在另一个 FundDesk 中以可编辑方式打开（%2）。请先在该处关闭，或以只读方式打开基金。</translation>
        </message>
        <message>
            <source>FundDesk could not write its lock file beside “%1”. Check that the folder is writable and the disk is not full, or open the fund read-only.</source>
            <translation>FundDesk 无法在“%1”旁写入锁定文件。请检查该文件夹是否可写以及磁盘是否已满，或以只读方式打开基金。</translation>
        </message>
        <message>
            <source>This receipt comes with conditions. Confirm for the whole file that no condition restricts the money to specific activities (no earmarking, ¶19), or record this receipt in the contribution form.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>这笔收款附有条件。请针对整个文件确认没有任何条件将资金限定用于具体活动（不指定用途，¶19），或在捐款表单中记录这笔收款。</translation>
        </message>
        <message>
            <source>%1 is not a State of this kind. Write %2 in donor_kind.</source>
            <extracomment>%1 is a country code such as FRA, %2 the right donor_kind value</extracomment>
            <translation>%1 不是此类国家。请在 donor_kind 中填写 %2。</translation>
        </message>
        <message>
            <source>The UN's due diligence declined %1, so the fund cannot accept its money (¶14). Remove the row.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>%1 未通过联合国尽职调查，因此基金不能接受其资金（¶14）。请删除该行。</translation>
        </message>
        <message>
            <source>%1 has not been cleared by the UN's due diligence, so its money cannot be recorded as received (¶14). Record the clearance on the donor first, or import the row as a pledge.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>%1 尚未通过联合国尽职调查，因此其资金不能记为已收款（¶14）。请先为该捐助方记录审查通过结果，或将该行作为认捐导入。</translation>
        </message>
        <message>
            <source>A receipt cannot be dated in the future: %1 is after today, %2. Correct the date, or import the row as a pledge.</source>
            <extracomment>%1 and %2 are dates such as 2026-03-31</extracomment>
            <translation>收款日期不能是未来日期：%1 晚于今天（%2）。请更正日期，或将该行作为认捐导入。</translation>
        </message>
        <message>
            <source>The year %1 is closed, so nothing dated in it can be recorded. Correct the date, or reopen the year first.</source>
            <extracomment>%1 is a year such as 2025</extracomment>
            <translation>%1 年度已结账，因此不能记录日期在该年度内的任何内容。请更正日期，或先重新开启该年度。</translation>
        </message>
        <message>
            <source>The amount is in US dollars, so its usd_rate must be empty, not “%1”.</source>
            <extracomment>%1 is what the file holds as a rate</extracomment>
            <translation>该金额以美元计，因此其 usd_rate 必须为空，而不是“%1”。</translation>
        </message>
        <message>
            <source>The usd_rate column is empty. Write how many US dollars one %1 was worth on the day, such as 1.0825.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>usd_rate 列为空。请填写当日 1 %1 折合多少美元，例如 1.0825。</translation>
        </message>
        <message>
            <source>“%1” is not an exchange rate. Write US dollars per unit with a dot and at most 9 decimals, such as 1.0825.</source>
            <extracomment>%1 is what the file holds as a rate</extracomment>
            <translation>“%1”不是汇率。请填写每单位折合的美元数，使用小数点，最多 9 位小数，例如 1.0825。</translation>
        </message>
        <message>
            <source>This row repeats line %1: the reference “%2” is used twice. Remove the repeated row, or correct the reference.</source>
            <extracomment>%1 is a line number, %2 an activity's reference such as CB-2026-014
----------
%1 is a line number, %2 a contribution's reference</extracomment>
            <translation>此行与第 %1 行重复：参考编号“%2”被使用了两次。请删除重复的行，或更正参考编号。</translation>
        </message>
        <message>
            <source>The fund already has a contribution with the reference “%1”. Remove the row if it was imported before, or correct the reference.</source>
            <extracomment>%1 is a contribution's reference</extracomment>
            <translation>基金中已有参考编号为“%1”的捐款。如该行此前已导入，请将其删除；否则请更正参考编号。</translation>
        </message>
        <message>
            <source>This row repeats line %1: same date, donor, type and amount. Remove the repeated row, or give each its reference to tell them apart.</source>
            <extracomment>%1 is a line number</extracomment>
            <translation>此行与第 %1 行重复：日期、捐助方、类型和金额均相同。请删除重复的行，或为每行提供各自的参考编号以示区分。</translation>
        </message>
        <message>
            <source>The fund already has a contribution of this donor with the same date, type and amount. Remove the row if it was imported before, or give it a reference to tell the two apart.</source>
            <translation>基金中已有该捐助方一笔日期、类型和金额均相同的捐款。如该行此前已导入，请将其删除；否则请为其提供参考编号以区分两者。</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>导入已取消；未写入任何内容。</translation>
        </message>
        <message>
            <source>The file is empty. Choose a CSV file with a header line and at least one row, or write a template first.</source>
            <translation>文件为空。请选择一个含标题行和至少一行数据的 CSV 文件，或先生成模板。</translation>
        </message>
        <message>
            <source>Line %1: a field is longer than %2 characters. Check that the quotes of the field are closed.</source>
            <extracomment>%1 is a line number, %2 a number of characters</extracomment>
            <translation>第 %1 行：某个字段长度超过 %2 个字符。请检查该字段的引号是否已闭合。</translation>
        </message>
        <message>
            <source>Line %1 has more than %2 fields. Check that the file is a CSV export of a table.</source>
            <extracomment>%1 is a line number, %2 a number of fields</extracomment>
            <translation>第 %1 行的字段超过 %2 个。请检查该文件是否为由表格导出的 CSV 文件。</translation>
        </message>
        <message>
            <source>Line %1: a field holds a double quote but does not start with one. Put the field in quotes and double the quote inside it ("").</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>第 %1 行：某个字段含有双引号，但并非以双引号开头。请将该字段放在引号中，并将其中的每个引号写两遍（""）。</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is never closed. Add the closing double quote.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>第 %1 行：带引号的字段未闭合。请添加结束双引号。</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is followed by other text before the next separator. Put the whole field in quotes, or remove the text after the closing quote.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>第 %1 行：带引号的字段之后、下一个分隔符之前还有其他文本。请将整个字段放在引号中，或删除结束引号之后的文本。</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB. Split it into smaller files.</source>
            <extracomment>%1 is a size in megabytes</extracomment>
            <translation>文件大于 %1 MB。请将其拆分为较小的文件。</translation>
        </message>
        <message>
            <source>The file holds binary data (a NUL byte on line %1), so it is not a CSV text file. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>文件含有二进制数据（第 %1 行有 NUL 字节），因此不是 CSV 文本文件。请将表格另存为“CSV UTF-8”，然后选择该文件。</translation>
        </message>
        <message>
            <source>Line %1 is not valid UTF-8 text. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>第 %1 行不是有效的 UTF-8 文本。请将表格另存为“CSV UTF-8”，然后选择该文件。</translation>
        </message>
        <message>
            <source>Line %1 holds a control character (%2), so the file is not a CSV text file. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number, %2 a character code such as U+0007</extracomment>
            <translation>第 %1 行含有控制字符（%2），因此该文件不是 CSV 文本文件。请将表格另存为“CSV UTF-8”，然后选择该文件。</translation>
        </message>
        <message>
            <source>The file “%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>无法打开文件“%1”。请检查其名称以及您是否有读取权限。</translation>
        </message>
        <message>
            <source>This row repeats the donor of line %1 (%2). Remove one of the rows.</source>
            <extracomment>%1 is a line number, %2 a donor's name or a country code</extracomment>
            <translation>此行与第 %1 行的捐助方（%2）重复。请删除其中一行。</translation>
        </message>
        <message>
            <source>The fund already has the donor %1. Remove the row; edit the donor in FundDesk to change it.</source>
            <extracomment>%1 is a donor's name or a country code</extracomment>
            <translation>基金中已有捐助方 %1。请删除该行；如需更改该捐助方，请在 FundDesk 中编辑。</translation>
        </message>
        <message>
            <source>A donor of the kind %1 needs no due-diligence clearance. Write not_required, or leave the column empty.</source>
            <extracomment>%1 is a donor_kind value such as member_state</extracomment>
            <translation>%1 类型的捐助方无需通过尽职调查。请填写 not_required，或将该列留空。</translation>
        </message>
        <message>
            <source>A non-governmental donor needs the UN's due-diligence clearance (¶14). Write pending, cleared or declined.</source>
            <extracomment>¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>非政府捐助方须通过联合国尽职调查（¶14）。请填写 pending、cleared 或 declined。</translation>
        </message>
        <message>
            <source>Write the date of the due-diligence decision as YYYY-MM-DD.</source>
            <translation>请按 YYYY-MM-DD 格式填写尽职调查决定的日期。</translation>
        </message>
        <message>
            <source>The file has a header but no rows. Add the records below the header line.</source>
            <translation>文件有标题行，但没有数据行。请在标题行下方添加记录。</translation>
        </message>
        <message numerus="yes">
            <source>The file has %n problem(s), so nothing was imported. Correct them and import the file again.</source>
            <extracomment>%n is the number of problems found in the file</extracomment>
            <translation>
                <numerusform>文件有 %n 个问题，因此未导入任何内容。请更正后重新导入该文件。</numerusform>
            </translation>
        </message>
        <message>
            <source>The column “%1” is not one FundDesk knows. Rename or remove it; the columns are: %2.</source>
            <extracomment>%1 is a column name found in the file, %2 the list of the expected columns</extracomment>
            <translation>FundDesk 无法识别列“%1”。请将其重命名或删除；可用的列为：%2。</translation>
        </message>
        <message>
            <source>The column “%1” appears twice. Remove one of them.</source>
            <extracomment>%1 is a column name</extracomment>
            <translation>列“%1”出现两次。请删除其中一列。</translation>
        </message>
        <message>
            <source>The column “%1” is missing. Add it to the header line; the columns are: %2.</source>
            <extracomment>%1 is a column name, %2 the list of the expected columns</extracomment>
            <translation>缺少列“%1”。请将其添加到标题行；可用的列为：%2。</translation>
        </message>
        <message>
            <source>Donors</source>
            <translation>捐助方</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>捐款</translation>
        </message>
        <message>
            <source>Sponsorship applications</source>
            <extracomment>sponsorship applications of delegates, as a kind of CSV file</extracomment>
            <translation>赞助申请</translation>
        </message>
        <message>
            <source>Activity applications</source>
            <extracomment>capacity-building activity applications, as a kind of CSV file</extracomment>
            <translation>活动申请</translation>
        </message>
        <message>
            <source>This row has %1 fields but the header has %2. Check the separators and quotes of the row.</source>
            <translation>此行有 %1 个字段，但标题行有 %2 个。请检查该行的分隔符和引号。</translation>
        </message>
        <message>
            <source>The “%1” column is empty. Fill it in.</source>
            <extracomment>%1 is a column name of a CSV file</extracomment>
            <translation>“%1”列为空。请填写。</translation>
        </message>
        <message>
            <source>The “%1” column is %2 characters long. Shorten it to at most %3.</source>
            <extracomment>%1 is a column name, %2 and %3 counts of characters</extracomment>
            <translation>“%1”列长度为 %2 个字符。请缩短至最多 %3 个字符。</translation>
        </message>
        <message>
            <source>“%1” is not a date. Write dates as YYYY-MM-DD, such as 2026-03-31.</source>
            <extracomment>%1 is what the file holds instead of a date</extracomment>
            <translation>“%1”不是日期。请按 YYYY-MM-DD 格式填写日期，例如 2026-03-31。</translation>
        </message>
        <message>
            <source>“%1” is not a value of the “%2” column. Write one of: %3.</source>
            <extracomment>%1 is what the file holds, %2 the column name, %3 the list of allowed words</extracomment>
            <translation>“%1”不是“%2”列的有效值。请填写以下之一：%3。</translation>
        </message>
        <message>
            <source>“%1” is not an ISO 4217 currency code. Write a code such as USD, EUR or JPY.</source>
            <extracomment>%1 is what the file holds instead of a currency code</extracomment>
            <translation>“%1”不是 ISO 4217 货币代码。请填写代码，例如 USD、EUR 或 JPY。</translation>
        </message>
        <message>
            <source>“%1” is not an amount above zero in %2. Write a number with a dot and no thousands separator, such as 250000.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>“%1”不是以 %2 计的大于零的金额。请填写使用小数点、不带千位分隔符的数字，例如 250000.00。</translation>
        </message>
        <message>
            <source>The “%1” column is empty. Write the ISO 3166 alpha-3 code of the State, such as FRA.</source>
            <extracomment>%1 is a column name of a CSV file</extracomment>
            <translation>“%1”列为空。请填写国家的 ISO 3166 alpha-3 代码，例如 FRA。</translation>
        </message>
        <message>
            <source>“%1” is not the code of a State of the reference list. Write the ISO 3166 alpha-3 code, such as FRA or KEN.</source>
            <extracomment>%1 is what the file holds instead of a country code</extracomment>
            <translation>“%1”不是参考列表中国家的代码。请填写 ISO 3166 alpha-3 代码，例如 FRA 或 KEN。</translation>
        </message>
        <message>
            <source>Application summary</source>
            <translation>申请摘要</translation>
        </message>
        <message>
            <source>Applicant State</source>
            <translation>申请国</translation>
        </message>
        <message>
            <source>Co-applicants</source>
            <translation>共同申请国</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>column of the key figures table: a remark such as the operational status</extracomment>
            <translation>状态</translation>
        </message>
        <message>
            <source>Co-funding</source>
            <translation>共同供资</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Expected outputs</source>
            <translation>预期产出</translation>
        </message>
        <message>
            <source>Needs assessment (¶25a)</source>
            <translation>需求评估（¶25a）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 a heading such as "Objectives", %2 the applicant's text</extracomment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Focus areas and partners</source>
            <translation>重点领域和伙伴</translation>
        </message>
        <message>
            <source>¶26</source>
            <translation>¶26</translation>
        </message>
        <message>
            <source>Focus area</source>
            <extracomment>column: a ¶26 focus area, such as "(c) incident response"</extracomment>
            <translation>重点领域</translation>
        </message>
        <message>
            <source>No implementing partner is named (¶24).</source>
            <translation>未指定执行伙伴（¶24）。</translation>
        </message>
        <message>
            <source>Implementing partner</source>
            <translation>执行伙伴</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Review scores (¶25)</source>
            <translation>评审评分（¶25）</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>加权</translation>
        </message>
        <message>
            <source>Declaration</source>
            <translation>申报</translation>
        </message>
        <message>
            <source>Recused: conflict of interest (%1)</source>
            <translation>已回避：利益冲突（%1）</translation>
        </message>
        <message>
            <source>No conflict</source>
            <translation>无冲突</translation>
        </message>
        <message>
            <source>Not scored yet</source>
            <translation>尚未评分</translation>
        </message>
        <message>
            <source>Aggregate score (0–5)</source>
            <translation>综合评分（0–5）</translation>
        </message>
        <message>
            <source>Reviewers who scored</source>
            <translation>已评分的评审人</translation>
        </message>
        <message>
            <source>Reviewers recused</source>
            <translation>已回避的评审人</translation>
        </message>
        <message>
            <source>Budget by year</source>
            <translation>按年度分列的预算</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Amount requested</source>
            <translation>申请金额</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Governance consultation (¶18)</source>
            <translation>治理架构磋商（¶18）</translation>
        </message>
        <message>
            <source>The governance structure has not been consulted on this application yet.</source>
            <translation>尚未就该申请征询治理架构的意见。</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>与会者</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>立场</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>意见</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building</source>
            <translation>联合国信通技术安全能力建设自愿基金</translation>
        </message>
        <message>
            <source>Annual report to donors, %1 (¶27)</source>
            <extracomment>%1 a year</extracomment>
            <translation>%1 年致捐助方的年度报告（¶27）</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <extracomment>page footer, %1 this page, %2 the number of pages</extracomment>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>Made %1 UTC · record SHA-256 %2</source>
            <extracomment>document footer: %1 date and time made (UTC), %2 the SHA-256 of the record shown</extracomment>
            <translation>生成于 %1 UTC · 记录 SHA-256 %2</translation>
        </message>
        <message>
            <source>Contributions received</source>
            <translation>已收捐款</translation>
        </message>
        <message>
            <source>Contributions received in the year, by donor. Donors who asked for anonymity are shown as such; those who asked not to be published are counted only in one aggregate line (¶17).</source>
            <translation>本年度已收捐款，按捐助方分列。要求匿名的捐助方以匿名形式列示；要求不予公布的捐助方仅计入一个汇总行（¶17）。</translation>
        </message>
        <message>
            <source>Contributions by donor (USD)</source>
            <translation>按捐助方分列的捐款 (USD)</translation>
        </message>
        <message>
            <source>Sponsorship of representatives and experts</source>
            <translation>赞助代表和专家</translation>
        </message>
        <message>
            <source>Delegates sponsored</source>
            <translation>受赞助代表</translation>
        </message>
        <message>
            <source>Of whom women</source>
            <translation>其中女性</translation>
        </message>
        <message>
            <source>Share of women</source>
            <translation>女性比例</translation>
        </message>
        <message>
            <source>Delegates</source>
            <translation>代表</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>比例</translation>
        </message>
        <message>
            <source>Priority group (¶22)</source>
            <translation>优先群体（¶22）</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>Approved (USD)</source>
            <translation>核准金额 (USD)</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>成果</translation>
        </message>
        <message>
            <source>Capacity-building activities funded and their results</source>
            <translation>获资助的能力建设活动及其成果</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <source>USD</source>
            <translation>USD</translation>
        </message>
        <message>
            <source>Opening balance, 1 January</source>
            <translation>期初余额（1 月 1 日）</translation>
        </message>
        <message>
            <source>Other income</source>
            <extracomment>income other than contributions, such as interest; none is recorded</extracomment>
            <translation>其他收入</translation>
        </message>
        <message>
            <source>Disbursed for sponsorships of delegates</source>
            <translation>用于赞助代表的付款</translation>
        </message>
        <message>
            <source>Disbursed for capacity-building activities</source>
            <translation>用于能力建设活动的付款</translation>
        </message>
        <message>
            <source>Staff costs charged to contributions (¶15)</source>
            <translation>由捐款支付的工作人员费用（¶15）</translation>
        </message>
        <message>
            <source>Closing balance, 31 December</source>
            <translation>期末余额（12 月 31 日）</translation>
        </message>
        <message>
            <source>Disbursed (USD)</source>
            <translation>已付款 (USD)</translation>
        </message>
        <message>
            <source>Disbursements by region (USD)</source>
            <translation>按区域分列的付款 (USD)</translation>
        </message>
        <message>
            <source>Source and use of funds</source>
            <translation>资金来源和使用</translation>
        </message>
        <message>
            <source>In aggregate, in USD. The fund's two posts are charged to voluntary contributions (¶15).</source>
            <translation>汇总数，以 USD 计。基金的两个员额由自愿捐款支付（¶15）。</translation>
        </message>
        <message>
            <source>In aggregate, in USD. The fund's two posts are paid from the regular budget, so contributions went only to sponsorships and activities (¶15).</source>
            <translation>汇总数，以 USD 计。基金的两个员额由经常预算支付，因此捐款仅用于赞助和活动（¶15）。</translation>
        </message>
        <message>
            <source>Applications by status, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>%1 年按状态分列的申请</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Sponsorships</source>
            <translation>赞助</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>No activity or sponsorship has the reference “%1”. Give an activity's reference such as CB-2026-014, or SP- and a sponsorship's number such as SP-12.</source>
            <translation>没有参考编号为“%1”的活动或赞助。请提供活动的参考编号（例如 CB-2026-014），或 SP- 加赞助编号（例如 SP-12）。</translation>
        </message>
        <message>
            <source>Approval packet: activity %1</source>
            <extracomment>%1 an activity's reference</extracomment>
            <translation>核准文件包：活动 %1</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Approval packet: sponsorship %1</source>
            <extracomment>%1 a sponsorship's reference such as SP-12</extracomment>
            <translation>核准文件包：赞助 %1</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请国</translation>
        </message>
        <message>
            <source>State</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <extracomment>%1 sponsorship reference, %2 delegate's name, %3 State</extracomment>
            <translation>%1 — %2，%3</translation>
        </message>
        <message>
            <source>The slate</source>
            <translation>入选名单</translation>
        </message>
        <message numerus="yes">
            <source>%n delegate(s) recommended or approved for this meeting.</source>
            <translation>
                <numerusform>本次会议已推荐或核准 %n 名代表。</numerusform>
            </translation>
        </message>
        <message>
            <source>Approval packet: slate for %1</source>
            <extracomment>%1 a meeting's reference</extracomment>
            <translation>核准文件包：%1 的入选名单</translation>
        </message>
        <message>
            <source>Meeting</source>
            <extracomment>%1 meeting reference, %2 its name, %3 its city</extracomment>
            <translation>会议</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>第一天</translation>
        </message>
        <message>
            <source>Contributions by kind of donor, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>%1 年按捐助方类型分列的捐款</translation>
        </message>
        <message>
            <source>Kind of donor</source>
            <translation>捐助方类型</translation>
        </message>
        <message>
            <source>Received (USD)</source>
            <translation>已收款 (USD)</translation>
        </message>
        <message>
            <source>Pledged (USD)</source>
            <translation>已认捐 (USD)</translation>
        </message>
        <message>
            <source>Contributions by donor, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>%1 年按捐助方分列的捐款</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>捐助方</translation>
        </message>
        <message>
            <source>Key figures of the year (¶16)</source>
            <translation>本年度关键数据（¶16）</translation>
        </message>
        <message>
            <source>Fund size month by month against USD 2M / 5M and the threshold</source>
            <translation>逐月基金规模，对照 USD 200 万 / 500 万和最低限额</translation>
        </message>
        <message>
            <source>Fund size year by year against USD 2M / 5M and the threshold</source>
            <translation>逐年基金规模，对照 USD 200 万 / 500 万和最低限额</translation>
        </message>
        <message>
            <source>Seats, activities and months the money buys, beside ¶20</source>
            <translation>资金可支付的名额、活动和月数，与 ¶20 对照</translation>
        </message>
        <message>
            <source>Disbursements and commitments by M49 region</source>
            <translation>按 M49 区域分列的付款和承付</translation>
        </message>
        <message>
            <source>Disbursements and commitments by UN regional group</source>
            <translation>按联合国区域组分列的付款和承付</translation>
        </message>
        <message>
            <source>Receipts and pledges by kind of donor</source>
            <translation>按捐助方类型分列的收款和认捐</translation>
        </message>
        <message>
            <source>Receipts and pledges by donor</source>
            <translation>按捐助方分列的收款和认捐</translation>
        </message>
        <message>
            <source>Share of women among sponsored delegates, per meeting</source>
            <translation>受赞助代表中的女性比例（按会议分列）</translation>
        </message>
        <message>
            <source>Sponsorship and activity applications by status</source>
            <translation>按状态分列的赞助申请和活动申请</translation>
        </message>
        <message>
            <source>Activity funding by ¶26 focus area</source>
            <translation>按 ¶26 重点领域分列的活动供资</translation>
        </message>
        <message>
            <source>Sponsored delegates from LDC, LLDC and SIDS</source>
            <translation>来自最不发达国家、内陆发展中国家和小岛屿发展中国家的受赞助代表</translation>
        </message>
        <message>
            <source>Activity funding by focus area, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>%1 年按重点领域分列的活动供资</translation>
        </message>
        <message>
            <source>Funding (USD)</source>
            <translation>供资 (USD)</translation>
        </message>
        <message>
            <source>Fund size through %1 against the ¶20 scenarios</source>
            <extracomment>%1 is a year</extracomment>
            <translation>截至 %1 年的基金规模与 ¶20 所述方案的对比</translation>
        </message>
        <message>
            <source>Month</source>
            <extracomment>column of the fund size table: the month, as YYYY-MM</extracomment>
            <translation>月份</translation>
        </message>
        <message>
            <source>Fund size by year, %1–%2, against the ¶20 scenarios</source>
            <extracomment>%1 and %2 are years</extracomment>
            <translation>%1–%2 年逐年基金规模与 ¶20 所述方案的对比</translation>
        </message>
        <message>
            <source>Received + outstanding pledges (USD)</source>
            <extracomment>receipts plus pledges not yet paid, in US dollars</extracomment>
            <translation>已收款 + 未兑现认捐 (USD)</translation>
        </message>
        <message>
            <source>Small scale, USD 2M</source>
            <extracomment>¶20 reference line: USD 2 million a year</extracomment>
            <translation>小规模，USD 200 万</translation>
        </message>
        <message>
            <source>Medium scale, USD 5M</source>
            <extracomment>¶20 reference line: USD 5 million a year</extracomment>
            <translation>中等规模，USD 500 万</translation>
        </message>
        <message>
            <source>Operational threshold (USD)</source>
            <translation>运作最低限额 (USD)</translation>
        </message>
        <message>
            <source>Key figures, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>%1 年关键数据</translation>
        </message>
        <message>
            <source>Figure</source>
            <extracomment>column of the key figures table: the name of a figure</extracomment>
            <translation>数据项</translation>
        </message>
        <message>
            <source>Amount (USD)</source>
            <translation>金额 (USD)</translation>
        </message>
        <message>
            <source>Received in %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>%1 年收到</translation>
        </message>
        <message>
            <source>Received, all years</source>
            <translation>历年收到总额</translation>
        </message>
        <message>
            <source>Pledged, outstanding</source>
            <translation>已认捐、尚未到账</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>已承付</translation>
        </message>
        <message>
            <source>Disbursed</source>
            <translation>已付款</translation>
        </message>
        <message>
            <source>Staff costs charged to contributions</source>
            <translation>由捐款支付的工作人员费用</translation>
        </message>
        <message>
            <source>Available for programmes</source>
            <translation>可用于方案的资金</translation>
        </message>
        <message>
            <source>Operational threshold</source>
            <translation>运作最低限额</translation>
        </message>
        <message>
            <source>Missing to the threshold</source>
            <translation>距最低限额差额</translation>
        </message>
        <message>
            <source>No threshold set</source>
            <translation>未设定最低限额</translation>
        </message>
        <message>
            <source>Operational</source>
            <extracomment>the fund's status under ¶16</extracomment>
            <translation>已投入运作</translation>
        </message>
        <message>
            <source>Not yet operational</source>
            <translation>尚未投入运作</translation>
        </message>
        <message>
            <source>Operational status</source>
            <extracomment>key figure: whether the fund is operational (¶16)</extracomment>
            <translation>运作状态</translation>
        </message>
        <message>
            <source>Not known</source>
            <extracomment>a ¶21 criterion not assessed yet</extracomment>
            <translation>尚不明确</translation>
        </message>
        <message>
            <source>Met</source>
            <extracomment>a ¶21 criterion is met / not met</extracomment>
            <translation>符合</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>不符合</translation>
        </message>
        <message>
            <source>Available balance</source>
            <translation>可用余额</translation>
        </message>
        <message>
            <source>Available before this item</source>
            <translation>本项目之前的可用余额</translation>
        </message>
        <message>
            <source>Amount committed</source>
            <translation>已承付金额</translation>
        </message>
        <message>
            <source>Amount to commit</source>
            <translation>拟承付金额</translation>
        </message>
        <message>
            <source>Available after this item</source>
            <translation>本项目之后的可用余额</translation>
        </message>
        <message>
            <source>The fund's available balance does not cover this item.</source>
            <translation>基金的可用余额不足以支付本项目。</translation>
        </message>
        <message>
            <source>Fund manager's recommendation</source>
            <translation>基金管理方的推荐意见</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>推荐意见</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Justification: %1</source>
            <translation>理由：%1</translation>
        </message>
        <message>
            <source>The fund manager has not made a recommendation yet.</source>
            <translation>基金管理方尚未提出推荐意见。</translation>
        </message>
        <message>
            <source>Workflow history</source>
            <translation>工作流程历史记录</translation>
        </message>
        <message>
            <source>No status change is recorded.</source>
            <translation>没有记录任何状态变更。</translation>
        </message>
        <message>
            <source>From</source>
            <translation>原状态</translation>
        </message>
        <message>
            <source>To</source>
            <translation>新状态</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Decision of the High Representative for Disarmament Affairs</source>
            <translation>裁军事务高级代表的决定</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Decision</source>
            <extracomment>two boxes to tick on the printed packet</extracomment>
            <translation>决定</translation>
        </message>
        <message>
            <source>☐ Approve      ☐ Reject</source>
            <translation>☐ 核准      ☐ 驳回</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>Internal — contains personal data</source>
            <extracomment>on every page of an approval packet (¶11)</extracomment>
            <translation>内部文件 — 含个人数据</translation>
        </message>
        <message>
            <source>Sponsored delegates from LDC, LLDC and SIDS, %1</source>
            <extracomment>%1 is a year; LDC, LLDC and SIDS are the ¶22 priority groups</extracomment>
            <translation>%1 年来自最不发达国家、内陆发展中国家和小岛屿发展中国家的受赞助代表</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>组别</translation>
        </message>
        <message>
            <source>Any of the three</source>
            <extracomment>row: delegates from a State in at least one of LDC, LLDC, SIDS</extracomment>
            <translation>三者中任一</translation>
        </message>
        <message>
            <source>All sponsored delegates</source>
            <translation>全部受赞助代表</translation>
        </message>
        <message>
            <source>The donor asked not to be published (¶17): counted only in the aggregate line.</source>
            <translation>该捐助方要求不予公布（¶17）：仅计入汇总行。</translation>
        </message>
        <message>
            <source>Anonymous donor</source>
            <extracomment>how a donor who asked for anonymity appears in public outputs</extracomment>
            <translation>匿名捐助方</translation>
        </message>
        <message>
            <source>The donor asked for anonymity (¶17): the amount is shown, the name is not.</source>
            <translation>该捐助方要求匿名（¶17）：显示金额，不显示名称。</translation>
        </message>
        <message>
            <source>Other donors, not published at their request</source>
            <extracomment>one line adding up the contributions whose donors asked not to be published</extracomment>
            <translation>其他捐助方（应其要求不予公布）</translation>
        </message>
        <message>
            <source>Case</source>
            <extracomment>column: this fund, or one of the ¶20 scenarios</extracomment>
            <translation>情形</translation>
        </message>
        <message>
            <source>Funds (USD)</source>
            <extracomment>column: the available balance for the fund, the annual funding for a scenario</extracomment>
            <translation>资金 (USD)</translation>
        </message>
        <message>
            <source>Cost per delegate (USD)</source>
            <translation>每名代表费用 (USD)</translation>
        </message>
        <message>
            <source>Delegate seats</source>
            <extracomment>column: delegate seats a year (delegates × sessions)</extracomment>
            <translation>代表名额</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>会议次数</translation>
        </message>
        <message>
            <source>Average activity cost (USD)</source>
            <translation>活动平均费用 (USD)</translation>
        </message>
        <message>
            <source>Spending a month (USD)</source>
            <translation>每月支出 (USD)</translation>
        </message>
        <message>
            <source>Months covered</source>
            <translation>可支付月数</translation>
        </message>
        <message>
            <source>¶20 says</source>
            <extracomment>column: what ¶20 of the report says for this scale</extracomment>
            <translation>¶20 所述</translation>
        </message>
        <message>
            <source>This fund, available at the end of %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>本基金，%1 年底可用资金</translation>
        </message>
        <message>
            <source>What the money buys, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>%1 年资金可支付的内容</translation>
        </message>
        <message>
            <source>USD 2 million: 10 delegates twice a year; 1–3 activities</source>
            <translation>USD 200 万：每年两次，每次 10 名代表；1–3 项活动</translation>
        </message>
        <message>
            <source>USD 5 million: 20 delegates twice a year; up to 10 activities, multi-year commitments possible</source>
            <translation>USD 500 万：每年两次，每次 20 名代表；最多 10 项活动，可作出多年承诺</translation>
        </message>
        <message>
            <source>Scenarios compared</source>
            <translation>方案比较</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>Annual funding (USD)</source>
            <translation>年度供资 (USD)</translation>
        </message>
        <message>
            <source>Staff costs (USD)</source>
            <extracomment>column: staff costs charged to contributions in a scenario</extracomment>
            <translation>工作人员费用 (USD)</translation>
        </message>
        <message>
            <source>Sessions a year</source>
            <translation>每年会议次数</translation>
        </message>
        <message>
            <source>Unallocated (USD)</source>
            <translation>未分配 (USD)</translation>
        </message>
        <message>
            <source>Spending by region, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>%1 年按区域分列的支出</translation>
        </message>
        <message>
            <source>Spending by UN regional group, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>%1 年按联合国区域组分列的支出</translation>
        </message>
        <message>
            <source>Committed (USD)</source>
            <translation>已承付 (USD)</translation>
        </message>
        <message>
            <source>Spending in %1, %2</source>
            <extracomment>%1 is a region or regional group, %2 a year</extracomment>
            <translation>%2 年%1的支出</translation>
        </message>
        <message>
            <source>Record</source>
            <extracomment>column: disbursement or commitment</extracomment>
            <translation>记录类型</translation>
        </message>
        <message>
            <source>For</source>
            <extracomment>column: sponsorship or activity</extracomment>
            <translation>用途</translation>
        </message>
        <message>
            <source>Disbursement</source>
            <translation>付款</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>承付</translation>
        </message>
        <message>
            <source>Sponsorship</source>
            <translation>赞助</translation>
        </message>
        <message>
            <source>Governance consultation</source>
            <translation>治理架构磋商</translation>
        </message>
        <message>
            <source>Sponsorships are selected by the fund manager against the criteria announced with the call (¶18, ¶22); no consultation of the governance structure is recorded for them.</source>
            <translation>赞助由基金管理方根据征集时公布的标准进行甄选（¶18、¶22）；不为赞助记录治理架构磋商。</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>未提供</translation>
        </message>
        <message>
            <source>Ministry or agency</source>
            <translation>部委或机构</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>最后一天</translation>
        </message>
        <message>
            <source>Reviewer's score (0–100)</source>
            <translation>评审人评分（0–100）</translation>
        </message>
        <message>
            <source>Eligibility checklist (¶21)</source>
            <translation>资格核对清单（¶21）</translation>
        </message>
        <message>
            <source>¶</source>
            <translation>¶</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>条件</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>评估</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>Capital-based official</source>
            <translation>首都政府官员</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Nominating letter received</source>
            <translation>已收到提名信</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Estimated from the meeting's norms</source>
            <extracomment>airfare, subsistence allowance and terminal expenses</extracomment>
            <translation>根据会议标准估算</translation>
        </message>
        <message>
            <source>Fund manager's figure: %1</source>
            <translation>基金管理方确定的数额：%1</translation>
        </message>
        <message>
            <source>Cost counted</source>
            <translation>计入费用</translation>
        </message>
        <message>
            <source>Share of women among sponsored delegates, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>%1 年受赞助代表中的女性比例</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>男性</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>gender: other or not stated</extracomment>
            <translation>其他</translation>
        </message>
        <message>
            <source>Women (%)</source>
            <translation>女性 (%)</translation>
        </message>
        <message>
            <source>Fund “%1”: %2 donors, %3 contributions, %4 activity applications with %5 reviews, %6 consultations, %7 meetings with %8 sponsorship applications, %9 reference States; %10 profiles, %11 status changes, %12 commitments, %13 disbursements, the year %14 closed.</source>
            <translation>基金“%1”：%2 个捐助方，%3 笔捐款，%4 份活动申请（%5 次评审），%6 次磋商，%7 次会议（%8 份赞助申请），%9 个参考国家；%10 个用户档案，%11 次状态变更，%12 笔承付，%13 笔付款，%14 年度已结账。</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building (scale %1 demo)</source>
            <extracomment>%1 is a number: how many times the medium scale of the report (¶20) the demo is</extracomment>
            <translation>联合国信通技术安全能力建设自愿基金（规模 %1 演示）</translation>
        </message>
        <message>
            <source>The fund has no reference States; open it with FundDesk first.</source>
            <translation>该基金没有参考国家；请先用 FundDesk 打开该基金。</translation>
        </message>
        <message>
            <source>Scale %1 fund over %2 years: %3 donors, %4 contributions, %5 meetings, %6 sponsorship and %7 activity applications, %8 status changes, %9 commitments (%10 approvals refused for lack of funds), %11 disbursements, %12 audit entries; written in %13 ms, of which sealing the audit trail %14 ms.</source>
            <extracomment>%1 is the scale, %2 a number of years; the other numbers count records</extracomment>
            <translation>规模 %1 基金，为期 %2 年：%3 个捐助方，%4 笔捐款，%5 次会议，%6 份赞助申请和 %7 份活动申请，%8 次状态变更，%9 笔承付（%10 项核准因资金不足被拒），%11 笔付款，%12 条审计记录；写入用时 %13 毫秒，其中封存审计跟踪用时 %14 毫秒。</translation>
        </message>
        <message>
            <source>The scale must be a whole number from 1 to 1000.</source>
            <translation>规模必须是 1 至 1000 之间的整数。</translation>
        </message>
        <message>
            <source>A scale fund is generated into a new, empty fund only.</source>
            <translation>规模基金只能生成到新的空基金中。</translation>
        </message>
        <message>
            <source>Small scale (¶20)</source>
            <extracomment>name of the ¶20 small-scale scenario (USD 2 million a year)</extracomment>
            <translation>小规模（¶20）</translation>
        </message>
        <message>
            <source>Medium scale (¶20)</source>
            <extracomment>name of the ¶20 medium-scale scenario (USD 5 million a year)</extracomment>
            <translation>中等规模（¶20）</translation>
        </message>
        <message>
            <source>Give the scenario a name, so you can find it again.</source>
            <translation>请为该方案命名，以便日后查找。</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: fails %1.</source>
            <extracomment>A note in an application's history; %1 lists the failed ¶21 criteria, separated by semicolons</extracomment>
            <translation>已按 ¶21 重新审查：不符合 %1。</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: not every criterion is assessed yet.</source>
            <extracomment>A note in an application's history</extracomment>
            <translation>已按 ¶21 重新审查：尚未评估所有标准。</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: meets every criterion.</source>
            <extracomment>A note in an application's history</extracomment>
            <translation>已按 ¶21 重新审查：符合所有标准。</translation>
        </message>
        <message>
            <source>Choose your profile before changing the ¶21 criteria: the new screening moves the application from “%1” to “%2”, and its history records who made the change.</source>
            <extracomment>%1 and %2 are statuses of an application</extracomment>
            <translation>更改 ¶21 标准之前，请先选择您的用户档案：新的审查会将申请从“%1”改为“%2”，其历史记录会记下更改人。</translation>
        </message>
        <message>
            <source>Checking the audit trail was cancelled.</source>
            <translation>审计跟踪检查已取消。</translation>
        </message>
        <message>
            <source>Opening the fund was cancelled; the file was not changed.</source>
            <translation>已取消打开基金；文件未被更改。</translation>
        </message>
        <message>
            <source>“%1” is not the code of a State of the reference list. Write ISO 3166 alpha-3 codes separated by spaces, such as KEN UGA.</source>
            <extracomment>%1 is what the file holds instead of a country code</extracomment>
            <translation>“%1”不是参考列表中国家的代码。请填写以空格分隔的 ISO 3166 alpha-3 代码，例如 KEN UGA。</translation>
        </message>
        <message>
            <source>“%1” is not a partner. Write each as kind:name, separated by semicolons, such as “academic:University of Nairobi”; the kinds are: %2.</source>
            <extracomment>%1 is what the file holds, %2 the list of partner kinds</extracomment>
            <translation>“%1”不是伙伴。请按“类型:名称”的格式填写每个伙伴，以分号分隔，例如“academic:University of Nairobi”；类型包括：%2。</translation>
        </message>
        <message>
            <source>The “requested” column is empty. Write the amount of each year as year:amount, such as 2026:50000.00 2027:25000.00.</source>
            <translation>“requested”列为空。请按“年份:金额”的格式填写每年的金额，例如 2026:50000.00 2027:25000.00。</translation>
        </message>
        <message>
            <source>“%1” is not a year and an amount in %2. Write each year as year:amount with a dot and no thousands separator, such as 2026:50000.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>“%1”不是年份加以 %2 计的金额。请按“年份:金额”的格式填写每年，使用小数点、不带千位分隔符，例如 2026:50000.00。</translation>
        </message>
        <message>
            <source>“%1” is not a focus area of ¶26. Write keys separated by spaces, from: %2.</source>
            <extracomment>%1 is what the file holds, %2 the list of focus-area keys; ¶26 is a paragraph of the report that set up the fund</extracomment>
            <translation>“%1”不是 ¶26 所列的重点领域。请填写以空格分隔的键，可选值为：%2。</translation>
        </message>
        <message>
            <source>The fund already has an activity application with the reference “%1”. Remove the row if it was imported before, or correct the reference.</source>
            <extracomment>%1 is an activity's reference such as CB-2026-014</extracomment>
            <translation>基金中已有参考编号为“%1”的活动申请。如该行此前已导入，请将其删除；否则请更正参考编号。</translation>
        </message>
        <message>
            <source>This row repeats line %1: same applicant, title and start. Remove the repeated row.</source>
            <extracomment>%1 is a line number</extracomment>
            <translation>此行与第 %1 行重复：申请国、标题和开始日期均相同。请删除重复的行。</translation>
        </message>
        <message>
            <source>The fund already has an application of this State with the same title and start. Remove the row if it was imported before.</source>
            <translation>基金中已有该国提交的标题和开始日期均相同的申请。如该行此前已导入，请将其删除。</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of a CSV file, %2 why its record was refused</extracomment>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>“%1” is not an amount of zero or more in %2. Write a number with a dot and no thousands separator, such as 1850.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>“%1”不是以 %2 计的大于或等于零的金额。请填写使用小数点、不带千位分隔符的数字，例如 1850.00。</translation>
        </message>
        <message>
            <source>The fund has no meeting with the reference “%1”. Correct the reference, or add the meeting first.</source>
            <extracomment>%1 is a meeting reference such as PM-2026-1</extracomment>
            <translation>基金中没有参考编号为“%1”的会议。请更正参考编号，或先添加该会议。</translation>
        </message>
        <message>
            <source>There is a reason but no cost_override. Write the cost in USD, or leave both columns empty to use the meeting's norms.</source>
            <translation>已填写理由，但未填写 cost_override。请填写以 USD 计的费用，或将两列均留空以采用会议的费用标准。</translation>
        </message>
        <message>
            <source>Say in override_reason why the cost differs from the meeting's norms, such as “airfare only”.</source>
            <translation>请在 override_reason 中说明费用与会议标准不同的原因，例如“仅限机票”。</translation>
        </message>
        <message>
            <source>This row repeats line %1: %2 applies twice for the same meeting and State. Remove one of the rows.</source>
            <extracomment>%1 is a line number, %2 a person's name</extracomment>
            <translation>此行与第 %1 行重复：%2 就同一会议和国家申请了两次。请删除其中一行。</translation>
        </message>
        <message>
            <source>The fund already has an application of %1 for this meeting and State. Remove the row if it was imported before.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>基金中已有 %1 就该会议和国家提交的申请。如该行此前已导入，请将其删除。</translation>
        </message>
        <message>
            <source>All other donors</source>
            <extracomment>the last bar of a chart that shows only the largest donors</extracomment>
            <translation>所有其他捐助方</translation>
        </message>
        <message numerus="yes">
            <source>%n other donor(s)</source>
            <extracomment>the line of a chart that adds up the donors too small to get a bar of their own</extracomment>
            <translation>
                <numerusform>其他 %n 个捐助方</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This text is %1 characters long. Shorten it to at most %n characters.</source>
            <extracomment>%1 is the length of the text entered, such as 100000; %n the longest allowed</extracomment>
            <translation>
                <numerusform>该文本长度为 %1 个字符。请缩短至最多 %n 个字符。</numerusform>
            </translation>
        </message>
        <message>
            <source>The date %1 is after 31 December 2099. Check the year.</source>
            <extracomment>%1 is a date such as 2100-01-01</extracomment>
            <translation>日期 %1 晚于 2099 年 12 月 31 日。请检查年份。</translation>
        </message>
        <message>
            <source>%1 USD is beyond what a single entry of the fund can hold (at most %2 USD). Check the amount.</source>
            <extracomment>%1 is the amount entered in US dollars; %2 the largest allowed, such as 10000000000.00</extracomment>
            <translation>%1 USD 超出基金单笔记录所能容纳的上限（最多 %2 USD）。请检查金额。</translation>
        </message>
        <message>
            <source>The year %1 is outside the years the fund keeps (%2 to %3).</source>
            <extracomment>%1 is the year entered; %2 and %3 the first and last years the fund keeps</extracomment>
            <translation>%1 年不在基金记录的年份范围内（%2 至 %3 年）。</translation>
        </message>
        <message numerus="yes">
            <source>%n other donors</source>
            <extracomment>one line adding up the smaller donors of a long list; %n donors</extracomment>
            <translation>
                <numerusform>其他 %n 个捐助方</numerusform>
            </translation>
        </message>
        <message>
            <source>Disbursed in the year (USD)</source>
            <translation>本年度已付款 (USD)</translation>
        </message>
        <message numerus="yes">
            <source>%n other activities</source>
            <extracomment>one line adding up the activities a long annual report does not name; %n activities</extracomment>
            <translation>
                <numerusform>其他 %n 项活动</numerusform>
            </translation>
        </message>
        <message>
            <source>Focus area (¶26)</source>
            <translation>重点领域 (¶26)</translation>
        </message>
        <message>
            <source>Region of the applicant</source>
            <translation>申请国所属区域</translation>
        </message>
        <message>
            <source>Activities approved, active or completed with an amount committed or disbursed in the year. The largest by amount disbursed in the year are listed by name.</source>
            <translation>本年度有已承付或已付款金额的已核准、执行中或已完成的活动。本年度付款金额最大的活动按名称列出。</translation>
        </message>
        <message>
            <source>The same activities by focus area and by the applicant's region. An activity in several focus areas counts in each.</source>
            <translation>上述活动按重点领域和申请国所属区域分列。涉及多个重点领域的活动在每个领域中均计入。</translation>
        </message>
        <message>
            <source>The backup was cancelled; no copy was written.</source>
            <translation>已取消备份；未写入任何副本。</translation>
        </message>
        <message>
            <source>The fund's database “%1” is empty: the fund it held is gone. Restore it from a backup (File ▸ Restore…), or delete the empty file to start a new fund there.</source>
            <extracomment>%1 is the path of the fund's file, which has 0 bytes</extracomment>
            <translation>基金数据库“%1”为空：其中的基金已不存在。请从备份恢复（文件 ▸ 恢复…），或删除该空文件以在此处新建基金。</translation>
        </message>
        <message>
            <source>Loading the activity applications was cancelled.</source>
            <translation>已取消加载活动申请。</translation>
        </message>
        <message>
            <source>Loading the contributions was cancelled.</source>
            <extracomment>Not normally shown: the user cancelled loading a table</extracomment>
            <translation>已取消加载捐款。</translation>
        </message>
        <message>
            <source>Loading the disbursements was cancelled.</source>
            <translation>已取消加载支付记录。</translation>
        </message>
        <message>
            <source>The list of disbursements in the fund's database is damaged: disbursement %1 has no valid date.</source>
            <extracomment>%1 is the disbursement's number</extracomment>
            <translation>基金数据库中的支付清单已损坏：第 %1 笔支付没有有效日期。</translation>
        </message>
    </context>
    <context>
        <name>FundDesk::Ui</name>
        <message>
            <source>Year of row %1</source>
            <extracomment>Accessible name of the year of a row of the amounts requested; %1 is the row number</extracomment>
            <translation>第 %1 行的年份</translation>
        </message>
        <message>
            <source>Amount in USD of row %1</source>
            <extracomment>Accessible name of an amount requested; %1 is the row number</extracomment>
            <translation>第 %1 行的金额 (USD)</translation>
        </message>
        <message>
            <source>Amount requested for %1: %2</source>
            <extracomment>%1 is a year, %2 why its amount was refused</extracomment>
            <translation>%1 年的申请金额：%2</translation>
        </message>
        <message>
            <source>Year</source>
            <extracomment>Column header of the amounts requested per year</extracomment>
            <translation>年份</translation>
        </message>
        <message>
            <source>Amount (USD)</source>
            <extracomment>Column header: the amount requested for that year</extracomment>
            <translation>金额 (USD)</translation>
        </message>
        <message>
            <source>Amount requested per year</source>
            <extracomment>Accessible name of the table of amounts requested per year</extracomment>
            <translation>每年申请金额</translation>
        </message>
        <message>
            <source>Add Year</source>
            <extracomment>Button under the amounts table: adds the next year</extracomment>
            <translation>添加年份</translation>
        </message>
        <message>
            <source>Remove Year</source>
            <extracomment>Button under the amounts table: removes the selected year</extracomment>
            <translation>删除年份</translation>
        </message>
        <message>
            <source>Filter States by name or code…</source>
            <extracomment>Placeholder of the filter box above the co-applicant States</extracomment>
            <translation>按名称或代码筛选国家…</translation>
        </message>
        <message>
            <source>Filter co-applicant States</source>
            <translation>筛选共同申请国</translation>
        </message>
        <message>
            <source>Co-applicant States</source>
            <extracomment>Accessible name of the checkable list of co-applicant States</extracomment>
            <translation>共同申请国</translation>
        </message>
        <message>
            <source>Activity Application %1</source>
            <translation>活动申请 %1</translation>
        </message>
        <message>
            <source>New Activity Application</source>
            <translation>新建活动申请</translation>
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
            <translation>申请国</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>伙伴</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Dates and Budget</source>
            <translation>日期和预算</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>需求</translation>
        </message>
        <message>
            <source>Focus Areas</source>
            <translation>重点领域</translation>
        </message>
        <message>
            <source>Applicant &amp;State:</source>
            <extracomment>Form label: the government applying (¶24)</extracomment>
            <translation>申请国(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Co-applicant States:</source>
            <extracomment>Form label: other States of a regional activity</extracomment>
            <translation>共同申请国(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>参考编号(&amp;R)：</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>状态(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Implementing partners:</source>
            <extracomment>Form label: partners named at application time (¶24)</extracomment>
            <translation>执行伙伴(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <extracomment>Form label: the applicant's job title</extracomment>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation>摘要(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Objectives:</source>
            <translation>目标(&amp;O)：</translation>
        </message>
        <message>
            <source>Expected o&amp;utputs:</source>
            <translation>预期产出(&amp;U)：</translation>
        </message>
        <message>
            <source>Expected out&amp;comes:</source>
            <translation>预期成果(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>开始(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>结束(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Amount requested:</source>
            <extracomment>Form label: the amount requested for each year of the activity (¶20b)</extracomment>
            <translation>申请金额(&amp;A)：</translation>
        </message>
        <message>
            <source>Total requested:</source>
            <translation>申请总额：</translation>
        </message>
        <message>
            <source>Funding floor:</source>
            <extracomment>Form label: whether the request is under the minimum funding floor (¶23)</extracomment>
            <translation>最低供资额：</translation>
        </message>
        <message>
            <source>Co-&amp;funding (USD):</source>
            <extracomment>Form label: money for the activity from other sources, in USD</extracomment>
            <translation>共同供资 (USD)(&amp;F)：</translation>
        </message>
        <message>
            <source>Co-funding so&amp;urce:</source>
            <translation>共同供资来源(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Needs assessment:</source>
            <extracomment>Form label: the national or regional needs assessment the activity answers (¶25a)</extracomment>
            <translation>需求评估(&amp;N)：</translation>
        </message>
        <message>
            <source>Needs assessment &amp;document:</source>
            <translation>需求评估文件(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Focus areas (¶26):</source>
            <extracomment>Form label above the nine check boxes of ¶26</extracomment>
            <translation>重点领域 (¶26)(&amp;F)：</translation>
        </message>
        <message>
            <source>Given automatically, such as CB-2026-014</source>
            <translation>自动生成，例如 CB-2026-014</translation>
        </message>
        <message>
            <source>Title, date or link of the document</source>
            <translation>文件的标题、日期或链接</translation>
        </message>
        <message>
            <source>Type a State's name…</source>
            <translation>键入国家名称…</translation>
        </message>
        <message>
            <source>Co-funding: %1</source>
            <extracomment>%1 is why the amount was refused</extracomment>
            <translation>共同供资：%1</translation>
        </message>
        <message>
            <source>At or above the minimum funding floor (¶23).</source>
            <translation>达到或超过最低供资额（¶23）。</translation>
        </message>
        <message>
            <source>Partner %1 name</source>
            <translation>伙伴 %1 名称</translation>
        </message>
        <message>
            <source>Partner %1 kind</source>
            <translation>伙伴 %1 类型</translation>
        </message>
        <message>
            <source>Name</source>
            <extracomment>Column header of the implementing partners table</extracomment>
            <translation>名称</translation>
        </message>
        <message>
            <source>Kind</source>
            <extracomment>Column header: non-governmental entity, UN entity, …
----------
Column header: the kind of donor (Member State, foundation …)</extracomment>
            <translation>类型</translation>
        </message>
        <message>
            <source>Implementing partners</source>
            <extracomment>Accessible name of the table of implementing partners</extracomment>
            <translation>执行伙伴</translation>
        </message>
        <message>
            <source>Add Partner</source>
            <extracomment>Button under the implementing partners table</extracomment>
            <translation>添加伙伴</translation>
        </message>
        <message>
            <source>Remove Partner</source>
            <extracomment>Button under the implementing partners table: removes the selected partner</extracomment>
            <translation>删除伙伴</translation>
        </message>
        <message>
            <source>Conditions</source>
            <extracomment>Accessible name of the text of a donor's conditions on a contribution
----------
Column header: the donor's conditions on the contribution</extracomment>
            <translation>条件</translation>
        </message>
        <message>
            <source>The donor's conditions, if any, as written</source>
            <extracomment>Placeholder of the conditions field</extracomment>
            <translation>捐助方所附条件（如有），按原文填写</translation>
        </message>
        <message>
            <source>These conditions restrict the money to specific activities (earmark)</source>
            <translation>这些条件将资金限定用于具体活动（指定用途）</translation>
        </message>
        <message>
            <source>I confirm these conditions are not an earmark (¶19)</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund: no earmarking</extracomment>
            <translation>我确认这些条件不构成指定用途（¶19）</translation>
        </message>
        <message>
            <source>(No pledge)</source>
            <extracomment>Receipt paid against a pledge: none</extracomment>
            <translation>（无认捐）</translation>
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
            <translation>USD 价值：%1</translation>
        </message>
        <message>
            <source>Add Contribution</source>
            <translation>添加捐款</translation>
        </message>
        <message>
            <source>Edit Receipt</source>
            <translation>编辑收款</translation>
        </message>
        <message>
            <source>Edit Pledge</source>
            <translation>编辑认捐</translation>
        </message>
        <message>
            <source>&amp;Donor:</source>
            <extracomment>Form label: who gives the contribution</extracomment>
            <translation>捐助方(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <extracomment>Form label: pledge or receipt</extracomment>
            <translation>类型(&amp;T)：</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <extracomment>Form label: the date of the pledge, or the day the money was received</extracomment>
            <translation>日期(&amp;A)：</translation>
        </message>
        <message>
            <source>A&amp;mount:</source>
            <extracomment>Form label: the amount in the donor's currency</extracomment>
            <translation>金额(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Currency:</source>
            <extracomment>Form label: the ISO currency code of the amount</extracomment>
            <translation>货币(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Rate to USD:</source>
            <extracomment>Form label: US dollars per unit of the currency, as used on the day</extracomment>
            <translation>对 USD 汇率(&amp;R)：</translation>
        </message>
        <message>
            <source>USD value:</source>
            <extracomment>Form label: the amount converted to US dollars</extracomment>
            <translation>USD 价值：</translation>
        </message>
        <message>
            <source>Against &amp;pledge:</source>
            <extracomment>Form label: the pledge a receipt pays (optional)</extracomment>
            <translation>冲抵认捐(&amp;P)：</translation>
        </message>
        <message>
            <source>C&amp;onditions:</source>
            <extracomment>Form label: the donor's conditions on the contribution (¶19)</extracomment>
            <translation>条件(&amp;O)：</translation>
        </message>
        <message>
            <source>R&amp;eference:</source>
            <extracomment>Form label: a reference such as a bank transfer number</extracomment>
            <translation>参考编号(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <extracomment>Form label: free notes</extracomment>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Schedule (optional):</source>
            <extracomment>Form label: the expected payments of a multi-year pledge (¶20b)</extracomment>
            <translation>付款时间表（可选）(&amp;S)：</translation>
        </message>
        <message>
            <source>Reason for the c&amp;hange:</source>
            <extracomment>Form label: why a received contribution is being changed</extracomment>
            <translation>更改理由(&amp;H)：</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <extracomment>Placeholder of the amount field; %1 is an example amount in the user's locale</extracomment>
            <translation>例如 %1</translation>
        </message>
        <message>
            <source>Required: why the received record changes</source>
            <extracomment>Placeholder of the reason field when a received contribution is edited</extracomment>
            <translation>必填：已收款记录更改的原因</translation>
        </message>
        <message>
            <source>Enter the rate to US dollars used on the day: how many USD one %1 was worth, for example 1.08.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>请输入当日使用的美元汇率：一个单位 %1 值多少 USD，例如 1.08。</translation>
        </message>
        <message>
            <source>No donor is called “%1”. Choose the donor from the list, or add the donor first.</source>
            <extracomment>%1 is the text typed in the donor field</extracomment>
            <translation>没有名为“%1”的捐助方。请从列表中选择捐助方，或先添加该捐助方。</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose the currency from the list.</source>
            <extracomment>%1 is what was typed as a currency code</extracomment>
            <translation>“%1”不是已知的 ISO 4217 货币代码。请从列表中选择货币。</translation>
        </message>
        <message>
            <source>Enter the amount the donor gives, in %1.</source>
            <translation>请输入捐助方提供的金额，以 %1 计。</translation>
        </message>
        <message>
            <source>Contribution History</source>
            <extracomment>Title of the window listing a contribution's earlier states</extracomment>
            <translation>捐款历史记录</translation>
        </message>
        <message>
            <source>This contribution has not been changed since it was recorded.</source>
            <translation>这笔捐款自记录以来未曾更改。</translation>
        </message>
        <message>
            <source>Earlier states of this contribution, oldest first. Each row shows the record as it was before the change.</source>
            <translation>这笔捐款的先前状态，按时间从早到晚排列。每行显示更改前的记录。</translation>
        </message>
        <message>
            <source>Changed</source>
            <extracomment>Column header: when a contribution was changed
----------
what happened to a record, in its history</extracomment>
            <translation>更改时间</translation>
        </message>
        <message>
            <source>Reason</source>
            <extracomment>Column header: why a contribution was changed</extracomment>
            <translation>理由</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>Column header: the date of a pledge or receipt</extracomment>
            <translation>日期</translation>
        </message>
        <message>
            <source>Type</source>
            <extracomment>Column header: pledge or receipt</extracomment>
            <translation>类型</translation>
        </message>
        <message>
            <source>Amount</source>
            <extracomment>Column header in a pledge's schedule of payments: the amount in the pledge's currency
----------
Column header: the amount in the donor's currency</extracomment>
            <translation>金额</translation>
        </message>
        <message>
            <source>Rate to USD</source>
            <extracomment>Column header: the exchange rate to US dollars used for the contribution</extracomment>
            <translation>对 USD 汇率</translation>
        </message>
        <message>
            <source>USD value</source>
            <extracomment>Column header: the contribution's value in US dollars</extracomment>
            <translation>USD 价值</translation>
        </message>
        <message>
            <source>Reference</source>
            <extracomment>Column header: the application's reference such as CB-2026-014
----------
Column header: a reference such as a bank transfer number</extracomment>
            <translation>参考编号</translation>
        </message>
        <message>
            <source>(None)</source>
            <extracomment>Country of a non-State donor: none chosen</extracomment>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Edit Donor</source>
            <translation>编辑捐助方</translation>
        </message>
        <message>
            <source>Add Donor</source>
            <translation>添加捐助方</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <extracomment>Form label: what kind of donor (Member State, foundation …)</extracomment>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <extracomment>Form label: the donor State, chosen from the reference list</extracomment>
            <translation>国家(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <extracomment>Form label: the name of a non-State donor</extracomment>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Country (optional):</source>
            <extracomment>Form label: the country a non-State donor is based in (optional)</extracomment>
            <translation>国家（可选）(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Due diligence:</source>
            <extracomment>Form label: the UN's due-diligence clearance of the donor (¶14)</extracomment>
            <translation>尽职调查(&amp;D)：</translation>
        </message>
        <message>
            <source>Decision &amp;date:</source>
            <extracomment>Form label: the date the due-diligence decision was taken</extracomment>
            <translation>决定日期(&amp;D)：</translation>
        </message>
        <message>
            <source>Decision n&amp;ote:</source>
            <extracomment>Form label: a note on the due-diligence decision</extracomment>
            <translation>决定说明(&amp;O)：</translation>
        </message>
        <message>
            <source>Con&amp;tact:</source>
            <extracomment>Form label: the donor's contact person or address</extracomment>
            <translation>联系方式(&amp;T)：</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <extracomment>Form label: free notes on the donor</extracomment>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <extracomment>Accessible name of a form's error message; %1 is the message</extracomment>
            <translation>错误：%1</translation>
        </message>
        <message>
            <source>Publication</source>
            <extracomment>Title of the choice of publication consent (¶17)
----------
Column header: whether the donor agreed to publication (¶17)</extracomment>
            <translation>公布</translation>
        </message>
        <message>
            <source>Received contributions are published on the fund's page unless the donor asks otherwise (¶17).</source>
            <extracomment>¶17 is a paragraph of the report that set up the fund</extracomment>
            <translation>除非捐助方另有要求，所收到的捐款将在基金网页上公布（¶17）。</translation>
        </message>
        <message>
            <source>Scheduled payment %1: %2</source>
            <extracomment>%1 is the number of the payment (1, 2, 3 …), %2 why its amount was refused</extracomment>
            <translation>第 %1 笔计划付款：%2</translation>
        </message>
        <message>
            <source>Due date</source>
            <extracomment>Column header in a pledge's schedule of payments</extracomment>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Schedule of payments</source>
            <extracomment>Accessible name of the table of a pledge's expected payments</extracomment>
            <translation>付款时间表</translation>
        </message>
        <message>
            <source>Add Payment</source>
            <extracomment>Button: add an expected payment to a pledge's schedule</extracomment>
            <translation>添加付款</translation>
        </message>
        <message>
            <source>Remove Payment</source>
            <extracomment>Button: remove the selected payment from a pledge's schedule</extracomment>
            <translation>删除付款</translation>
        </message>
        <message>
            <source>Due date of payment %1</source>
            <extracomment>Accessible name; %1 is the number of the payment: 1, 2, 3 …</extracomment>
            <translation>第 %1 笔付款的到期日</translation>
        </message>
        <message>
            <source>Amount of payment %1</source>
            <extracomment>Accessible name; %1 is the number of the payment: 1, 2, 3 …</extracomment>
            <translation>第 %1 笔付款的金额</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <extracomment>One point of the 0–5 scale: %1 the score, %2 its name, %3 what it means</extracomment>
            <translation>%1 %2：%3</translation>
        </message>
        <message>
            <source>not scored</source>
            <extracomment>Beside a score that is not chosen yet</extracomment>
            <translation>未评分</translation>
        </message>
        <message>
            <source>Score each criterion from 0 to 5:
%1</source>
            <extracomment>Above the scores: the meaning of each point of the scale, one per line</extracomment>
            <translation>请按 0 至 5 分为每项标准评分：
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
            <translation>%1 的评分</translation>
        </message>
        <message>
            <source>Score Application %1</source>
            <extracomment>Title of the scoring dialog; %1 is the application's reference</extracomment>
            <translation>为申请 %1 评分</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <extracomment>%1 reference, %2 title, %3 applicant State (and co-applicants)</extracomment>
            <translation>%1 —— %2（%3）</translation>
        </message>
        <message>
            <source>&amp;Reviewer:</source>
            <translation>评审人(&amp;R)：</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>评审人</translation>
        </message>
        <message>
            <source>Name of the reviewer</source>
            <translation>评审人姓名</translation>
        </message>
        <message>
            <source>Before scoring, declare whether you have a conflict of interest with this application. A reviewer with a conflict does not score it and is left out of its aggregate score.</source>
            <translation>评分之前，请申报您与该申请是否存在利益冲突。存在冲突的评审人不对其评分，其综合评分也不计入该评审人。</translation>
        </message>
        <message>
            <source>I have &amp;no conflict of interest with this application</source>
            <translation>我与该申请不存在利益冲突(&amp;N)</translation>
        </message>
        <message>
            <source>I have a conflict of &amp;interest and recuse myself</source>
            <translation>我存在利益冲突并申请回避(&amp;I)</translation>
        </message>
        <message>
            <source>Nature of the &amp;conflict (required with a conflict):</source>
            <extracomment>Label of the note explaining a declared conflict of interest</extracomment>
            <translation>冲突性质（存在冲突时必填）(&amp;C)：</translation>
        </message>
        <message>
            <source>Nature of the conflict</source>
            <translation>冲突性质</translation>
        </message>
        <message>
            <source>&amp;Justification (required):</source>
            <translation>理由（必填）(&amp;J)：</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Record the declaration and, without a conflict, the scores</source>
            <translation>记录申报；如无冲突，同时记录评分</translation>
        </message>
        <message>
            <source>%1 has already declared for this application: saving changes that review.</source>
            <extracomment>%1 is a reviewer's name</extracomment>
            <translation>%1 已对该申请作出申报：保存将更改该评审。</translation>
        </message>
        <message>
            <source>Reviews of this application: %1</source>
            <extracomment>%1 the aggregate with its spread and reviewer counts</extracomment>
            <translation>该申请的评审：%1</translation>
        </message>
        <message>
            <source>Conflict of interest: declare first whether you have a conflict of interest with this application.</source>
            <translation>利益冲突：请先申报您与该申请是否存在利益冲突。</translation>
        </message>
        <message>
            <source>The conflict of interest of %1 is recorded: %1 does not score this application and is left out of its aggregate.</source>
            <extracomment>%1 is a reviewer's name</extracomment>
            <translation>%1 的利益冲突已记录：%1 不对该申请评分，也不计入其综合评分。</translation>
        </message>
        <message>
            <source>The scores of %1 are saved.</source>
            <translation>%1 的评分已保存。</translation>
        </message>
        <message>
            <source>Fund operational</source>
            <extracomment>Accessible name of the fund status icon</extracomment>
            <translation>基金已投入运作</translation>
        </message>
        <message>
            <source>Fund status: %1</source>
            <extracomment>Accessible name of the fund status; %1 is the status text
----------
Accessible name of the fund status banner; %1 is the status text</extracomment>
            <translation>基金状态：%1</translation>
        </message>
        <message>
            <source>Warning</source>
            <extracomment>Accessible name of the fund status icon when the fund is not operational</extracomment>
            <translation>警告</translation>
        </message>
        <message>
            <source>Warning, fund not operational: %1</source>
            <extracomment>Accessible name of the fund status when the fund is not operational; %1 is the status
----------
Accessible name of the status banner when the fund is not operational; %1 the status</extracomment>
            <translation>警告，基金尚未投入运作：%1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <extracomment>Menu title; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <extracomment>Menu title listing the pages; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <extracomment>Menu title; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;New fund…</source>
            <extracomment>File menu: create a new fund database</extracomment>
            <translation>新建基金(&amp;N)…</translation>
        </message>
        <message>
            <source>Create a new, empty fund database</source>
            <translation>新建一个空的基金数据库</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <extracomment>File menu: open an existing fund database</extracomment>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Open an existing fund database</source>
            <translation>打开现有的基金数据库</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <extracomment>File menu: save a copy of the open fund database</extracomment>
            <translation>备份(&amp;B)…</translation>
        </message>
        <message>
            <source>Save a copy of the open fund database</source>
            <translation>保存已打开基金数据库的副本</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <extracomment>File menu: leave the application</extracomment>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Close FundDesk</source>
            <translation>关闭 FundDesk</translation>
        </message>
        <message>
            <source>&amp;About FundDesk</source>
            <extracomment>Help menu</extracomment>
            <translation>关于 FundDesk(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <extracomment>Help menu</extracomment>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>Current page</source>
            <extracomment>Accessible name of the area that shows the current page</extracomment>
            <translation>当前页面</translation>
        </message>
        <message>
            <source>Page list and current page</source>
            <extracomment>Accessible name of the area holding the page list and the current page</extracomment>
            <translation>页面列表和当前页面</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>Accessible name of the status bar at the bottom of the main window
----------
Column header: where the application stands in the workflow</extracomment>
            <translation>状态</translation>
        </message>
        <message>
            <source>Menu</source>
            <extracomment>Accessible name of the menu bar</extracomment>
            <translation>菜单</translation>
        </message>
        <message>
            <source>No fund open</source>
            <extracomment>Status bar, when no fund database is open</extracomment>
            <translation>未打开基金</translation>
        </message>
        <message>
            <source>FundDesk — %1</source>
            <extracomment>Window title; %1 is the file name of the open fund database</extracomment>
            <translation>FundDesk —— %1</translation>
        </message>
        <message>
            <source>Fund file: %1</source>
            <extracomment>Status bar; %1 is the file name of the open fund database</extracomment>
            <translation>基金文件：%1</translation>
        </message>
        <message>
            <source>Open fund file</source>
            <extracomment>Accessible name of the status bar label with the open database</extracomment>
            <translation>已打开的基金文件</translation>
        </message>
        <message>
            <source>Open fund</source>
            <extracomment>Title of the file dialog that opens a fund database</extracomment>
            <translation>打开基金</translation>
        </message>
        <message>
            <source>Back up fund</source>
            <extracomment>Title of the file dialog that saves a backup copy of the fund database</extracomment>
            <translation>备份基金</translation>
        </message>
        <message>
            <source>FundDesk %1</source>
            <extracomment>Heading of the About box; %1 is the version number</extracomment>
            <translation>FundDesk %1</translation>
        </message>
        <message>
            <source>FundDesk helps the manager of the UN Voluntary Fund for ICT-security capacity building record contributions, review applications and report on spending, offline on a laptop.</source>
            <translation>FundDesk 帮助联合国信通技术安全能力建设自愿基金的基金管理方在笔记本电脑上离线记录捐款、审查申请并报告支出情况。</translation>
        </message>
        <message>
            <source>About FundDesk</source>
            <extracomment>Title of the About box</extracomment>
            <translation>关于 FundDesk</translation>
        </message>
        <message>
            <source>Fund databases (*.funddesk *.sqlite)</source>
            <extracomment>File dialog filter; keep the patterns in parentheses unchanged</extracomment>
            <translation>基金数据库 (*.funddesk *.sqlite)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <extracomment>File dialog filter; keep the pattern in parentheses unchanged</extracomment>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>Accessible name of the list of pages on the side of the main window</extracomment>
            <translation>页面</translation>
        </message>
        <message>
            <source>Choose the page to show. %1 to %2 jump to a page directly.</source>
            <extracomment>%1 and %2 are keyboard shortcuts, e.g. Ctrl+1 and Ctrl+7</extracomment>
            <translation>选择要显示的页面。按 %1 至 %2 可直接跳转到某一页面。</translation>
        </message>
        <message>
            <source>Below floor</source>
            <extracomment>Table cell: the request is under the ¶23 minimum funding floor</extracomment>
            <translation>低于最低供资额</translation>
        </message>
        <message>
            <source>Title</source>
            <extracomment>Column header: the title of the capacity-building activity</extracomment>
            <translation>标题</translation>
        </message>
        <message>
            <source>Region</source>
            <extracomment>Column header: the M49 region of the applicant State
----------
Column header: the geographic region of the donor's country
----------
Column header: the M49 region of the State</extracomment>
            <translation>区域</translation>
        </message>
        <message>
            <source>Focus areas</source>
            <extracomment>Column header: the letters of the ¶26 focus areas, a to i</extracomment>
            <translation>重点领域</translation>
        </message>
        <message>
            <source>Years</source>
            <extracomment>Column header: the years the activity runs</extracomment>
            <translation>年度</translation>
        </message>
        <message>
            <source>Requested (USD)</source>
            <extracomment>Column header: the total amount requested, in US dollars</extracomment>
            <translation>申请金额 (USD)</translation>
        </message>
        <message>
            <source>Score</source>
            <extracomment>Column header: the aggregate review score, 0 to 5
----------
Column header: the reviewer's score, 0 to 100</extracomment>
            <translation>评分</translation>
        </message>
        <message>
            <source>Spread</source>
            <extracomment>Column header: the difference between the highest and lowest reviewer's score</extracomment>
            <translation>分差</translation>
        </message>
        <message>
            <source>Floor</source>
            <extracomment>Column header: whether the request is under the minimum funding floor (¶23)</extracomment>
            <translation>最低供资额</translation>
        </message>
        <message>
            <source>, </source>
            <extracomment>Separator between the focus-area letters in a table cell: "a, c, f"</extracomment>
            <translation>、</translation>
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
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reviewer(s) scored</source>
            <extracomment>Part of the review summary of an application</extracomment>
            <translation>
                <numerusform>%n 名评审人已评分</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recused</source>
            <extracomment>Part of the review summary: reviewers who declared a conflict of interest</extracomment>
            <translation>
                <numerusform>%n 名已回避</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <extracomment>Part of the review summary: reviewers who declared no conflict and have not scored yet</extracomment>
            <translation>
                <numerusform>%n 名待评分</numerusform>
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
            <translation>尚未评分（%1）。</translation>
        </message>
        <message>
            <source>Aggregate score %1 out of 5, spread %2 (%3).</source>
            <extracomment>%1 the aggregate score (0–5, such as 3.20), %2 the spread between reviewers (0.80), %3 the review summary</extracomment>
            <translation>综合评分 %1（满分 5 分），分差 %2（%3）。</translation>
        </message>
        <message>
            <source>Donor</source>
            <extracomment>Column header: who gave the contribution
----------
Column header: the donor's name</extracomment>
            <translation>捐助方</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <extracomment>Due-diligence status and the date it was decided, e.g. "Cleared, 3/4/25"</extracomment>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>Country</source>
            <extracomment>Column header: the donor's country</extracomment>
            <translation>国家</translation>
        </message>
        <message>
            <source>Due diligence</source>
            <extracomment>Column header: the UN's due-diligence clearance of the donor (¶14)</extracomment>
            <translation>尽职调查</translation>
        </message>
        <message>
            <source>Received (USD)</source>
            <extracomment>Column header: total money received from the donor, in US dollars</extracomment>
            <translation>已收款 (USD)</translation>
        </message>
        <message>
            <source>Outstanding pledges (USD)</source>
            <extracomment>Column header: money pledged by the donor and not yet received, in US dollars</extracomment>
            <translation>未兑现认捐 (USD)</translation>
        </message>
        <message>
            <source>%1 %</source>
            <extracomment>A share of a total: %1 is a number such as 23.5
----------
a percentage; %1 is the localized number</extracomment>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Equal share</source>
            <extracomment>The last line of the geographic balance: the total divided equally</extracomment>
            <translation>平均份额</translation>
        </message>
        <message>
            <source>%1 of the total; the dashed line is the equal share, %2.</source>
            <extracomment>Tooltip of a bar: %1 the line's share, %2 the equal share, both percentages</extracomment>
            <translation>占总额的 %1；虚线表示平均份额 %2。</translation>
        </message>
        <message>
            <source>M49 region</source>
            <extracomment>Column header of the geographic balance: an M49 region or a UN regional group</extracomment>
            <translation>M49 区域</translation>
        </message>
        <message>
            <source>Regional group</source>
            <translation>区域组</translation>
        </message>
        <message>
            <source>Applications</source>
            <extracomment>Column header: number of applications with a State in the region
----------
Tab of the Activities page: the table of applications</extracomment>
            <translation>申请数</translation>
        </message>
        <message>
            <source>Share of requested</source>
            <extracomment>Column header: a bar of the region's share of all requested amounts</extracomment>
            <translation>占申请额的份额</translation>
        </message>
        <message>
            <source>Recommended (USD)</source>
            <extracomment>Column header: amounts recommended, approved, active or completed</extracomment>
            <translation>推荐金额 (USD)</translation>
        </message>
        <message>
            <source>Share of recommended</source>
            <translation>占推荐额的份额</translation>
        </message>
        <message>
            <source>▼ The available balance of %1 runs out here: the applications below do not fit.</source>
            <extracomment>Marker row of the ranking: %1 is the fund's available balance such as USD 1,200,000.00</extracomment>
            <translation>▼ 可用余额 %1 在此用尽：以下申请无法获得资金。</translation>
        </message>
        <message>
            <source>Below floor: not counted</source>
            <extracomment>Ranking: the request is under the ¶23 floor, so it is not added to the running total</extracomment>
            <translation>低于最低供资额：不计入</translation>
        </message>
        <message>
            <source>Not scored: not counted</source>
            <extracomment>Ranking: no reviewer has scored the application, so it is not counted</extracomment>
            <translation>未评分：不计入</translation>
        </message>
        <message>
            <source>Within balance</source>
            <extracomment>Ranking: the running total is within (or beyond) the available balance</extracomment>
            <translation>在余额范围内</translation>
        </message>
        <message>
            <source>Beyond balance</source>
            <translation>超出余额</translation>
        </message>
        <message>
            <source>Rank</source>
            <extracomment>Column header: the position in the ranking by aggregate score</extracomment>
            <translation>排名</translation>
        </message>
        <message>
            <source>Running total (USD)</source>
            <extracomment>Column header: the sum requested by this and every counted application above it</extracomment>
            <translation>累计金额 (USD)</translation>
        </message>
        <message>
            <source>Against balance</source>
            <extracomment>Column header: whether the running total is within the available balance</extracomment>
            <translation>与余额相比</translation>
        </message>
        <message>
            <source>Donors and contributions</source>
            <extracomment>Accessible name of the Donors &amp; Contributions page</extracomment>
            <translation>捐助方和捐款</translation>
        </message>
        <message>
            <source>Contributions</source>
            <extracomment>Heading of the contributions table: pledges and receipts</extracomment>
            <translation>捐款</translation>
        </message>
        <message numerus="yes">
            <source>%n contribution(s) shown · received %1 · pledged %2</source>
            <extracomment>Totals under the contributions table; %1 and %2 are amounts such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>显示 %n 笔捐款 · 已收款 %1 · 已认捐 %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit Contribution</source>
            <translation>编辑捐款</translation>
        </message>
        <message>
            <source>Delete the receipt of %1 from %2 dated %3? Its last state is kept in the contribution history.</source>
            <extracomment>%1 is an amount such as EUR 1,000.00, %2 the donor, %3 a date</extracomment>
            <translation>是否删除来自 %2、日期为 %3 的 %1 收款？其最后状态将保留在捐款历史记录中。</translation>
        </message>
        <message>
            <source>Delete the pledge of %1 from %2 dated %3?</source>
            <extracomment>%1 is an amount such as EUR 1,000.00, %2 the donor, %3 a date</extracomment>
            <translation>是否删除来自 %2、日期为 %3 的 %1 认捐？</translation>
        </message>
        <message>
            <source>Delete Contribution</source>
            <translation>删除捐款</translation>
        </message>
        <message>
            <source>Deleted by the fund manager</source>
            <extracomment>Reason kept in a contribution's history when it is deleted from the table</extracomment>
            <translation>由基金管理方删除</translation>
        </message>
        <message>
            <source>Add contribution</source>
            <translation>添加捐款</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt (Insert)</source>
            <translation>记录认捐或收款 (Insert)</translation>
        </message>
        <message>
            <source>Edit contribution</source>
            <translation>编辑捐款</translation>
        </message>
        <message>
            <source>Edit the selected contribution (Enter)</source>
            <translation>编辑所选捐款 (Enter)</translation>
        </message>
        <message>
            <source>Delete contribution</source>
            <translation>删除捐款</translation>
        </message>
        <message>
            <source>Delete the selected contribution (Del)</source>
            <translation>删除所选捐款 (Del)</translation>
        </message>
        <message>
            <source>Contribution history</source>
            <translation>捐款历史记录</translation>
        </message>
        <message>
            <source>Donors</source>
            <extracomment>Heading of the donors table</extracomment>
            <translation>捐助方</translation>
        </message>
        <message numerus="yes">
            <source>%n donor(s) shown · received %1 · outstanding pledges %2</source>
            <extracomment>Totals under the donors table; %1 and %2 are amounts such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>显示 %n 个捐助方 · 已收款 %1 · 未兑现认捐 %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Donor</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>删除捐助方</translation>
        </message>
        <message>
            <source>Delete the donor “%1”? This cannot be undone.</source>
            <translation>是否删除捐助方“%1”？此操作无法撤消。</translation>
        </message>
        <message>
            <source>Add donor</source>
            <translation>添加捐助方</translation>
        </message>
        <message>
            <source>Add a donor (Insert)</source>
            <translation>添加捐助方 (Insert)</translation>
        </message>
        <message>
            <source>Edit donor</source>
            <translation>编辑捐助方</translation>
        </message>
        <message>
            <source>Edit the selected donor (Enter)</source>
            <translation>编辑所选捐助方 (Enter)</translation>
        </message>
        <message>
            <source>Delete donor</source>
            <translation>删除捐助方</translation>
        </message>
        <message>
            <source>Delete the selected donor (Del)</source>
            <translation>删除所选捐助方 (Del)</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <extracomment>Main window page: overview of the fund</extracomment>
            <translation>仪表板</translation>
        </message>
        <message>
            <source>Key figures of the fund at a glance</source>
            <translation>基金关键数据一览</translation>
        </message>
        <message>
            <source>Key figures for the year, the fund's size against the USD 2 million and USD 5 million scenarios, and spending by region.</source>
            <translation>本年度关键数据、基金规模与 USD 200 万和 USD 500 万两种方案的对比，以及按区域分列的支出。</translation>
        </message>
        <message>
            <source>Donors &amp; Contributions</source>
            <extracomment>Main window page: donors and the money they give</extracomment>
            <translation>捐助方和捐款</translation>
        </message>
        <message>
            <source>Donors, pledges and received contributions</source>
            <translation>捐助方、认捐和已收捐款</translation>
        </message>
        <message>
            <source>Member States and non-governmental donors, their pledges and payments, due-diligence clearance and whether each contribution may be published.</source>
            <translation>会员国和非政府捐助方、其认捐和付款、尽职调查审查结果，以及每笔捐款是否可以公布。</translation>
        </message>
        <message>
            <source>Sponsorships</source>
            <extracomment>Main window page: travel sponsorships of representatives and experts</extracomment>
            <translation>赞助</translation>
        </message>
        <message>
            <source>Applications to sponsor representatives and experts</source>
            <translation>赞助代表和专家的申请</translation>
        </message>
        <message>
            <source>Applications from representatives and experts to attend the sessions, checked against the eligibility criteria, with gender balance and geographic diversity of the selection.</source>
            <translation>代表和专家出席会议的申请，对照资格标准进行审查，并在甄选中兼顾性别平衡和地域多样性。</translation>
        </message>
        <message>
            <source>Activities</source>
            <extracomment>Main window page: capacity-building activities funded by the fund</extracomment>
            <translation>活动</translation>
        </message>
        <message>
            <source>Capacity-building activities and their proposals</source>
            <translation>能力建设活动及其提案</translation>
        </message>
        <message>
            <source>Proposals for capacity-building activities from governments and their implementing partners, scored against the selection criteria and focus areas.</source>
            <translation>各国政府及其执行伙伴提出的能力建设活动提案，对照甄选标准和重点领域评分。</translation>
        </message>
        <message>
            <source>Disbursements</source>
            <extracomment>Main window page: payments made by the fund</extracomment>
            <translation>付款</translation>
        </message>
        <message>
            <source>Payments for approved sponsorships and activities</source>
            <translation>已核准赞助和活动的付款</translation>
        </message>
        <message>
            <source>Payments made for sponsorships and activities approved by the High Representative, and the balance left in the fund.</source>
            <translation>为经高级代表核准的赞助和活动支付的款项，以及基金剩余余额。</translation>
        </message>
        <message>
            <source>Reports</source>
            <extracomment>Main window page: printable reports and approval packets</extracomment>
            <translation>报告</translation>
        </message>
        <message>
            <source>Reports, charts and approval packets</source>
            <translation>报告、图表和核准文件包</translation>
        </message>
        <message>
            <source>Reports on contributions and spending, charts of spending by region, and PDF approval packets for the High Representative's signature.</source>
            <translation>关于捐款和支出的报告、按区域分列的支出图表，以及供高级代表签署的 PDF 核准文件包。</translation>
        </message>
        <message>
            <source>Settings</source>
            <extracomment>Main window page: application and fund settings</extracomment>
            <translation>设置</translation>
        </message>
        <message>
            <source>Fund threshold, currencies and language</source>
            <translation>基金最低限额、货币和语言</translation>
        </message>
        <message>
            <source>The fund's operational threshold, exchange rates, how staff costs are paid, and the language of the application.</source>
            <translation>基金的运作最低限额、汇率、工作人员费用的支付方式以及应用程序的语言。</translation>
        </message>
        <message>
            <source>About this page</source>
            <extracomment>Accessible name of the paragraph that describes a page not yet built</extracomment>
            <translation>关于本页面</translation>
        </message>
        <message>
            <source>Fund Settings</source>
            <extracomment>Heading of the Settings page</extracomment>
            <translation>基金设置</translation>
        </message>
        <message>
            <source>Fund &amp;name:</source>
            <extracomment>Form label: the fund's name, shown on reports</extracomment>
            <translation>基金名称(&amp;N)：</translation>
        </message>
        <message>
            <source>Operational &amp;threshold (USD):</source>
            <extracomment>Form label: ¶16 minimum of receipts before the fund operates</extracomment>
            <translation>运作最低限额 (USD)(&amp;T)：</translation>
        </message>
        <message>
            <source>Threshold &amp;announced:</source>
            <extracomment>Form label: when donors were told the threshold</extracomment>
            <translation>最低限额告知日期(&amp;A)：</translation>
        </message>
        <message>
            <source>Staff costs:</source>
            <extracomment>Form label: where the salaries of the fund's two posts are paid from (¶15)</extracomment>
            <translation>工作人员费用：</translation>
        </message>
        <message>
            <source>Annual cost of the &amp;P post (USD):</source>
            <extracomment>Form label: annual cost of the Professional (P) post</extracomment>
            <translation>专业员额年度费用 (USD)(&amp;P)：</translation>
        </message>
        <message>
            <source>Annual cost of the &amp;GS post (USD):</source>
            <extracomment>Form label: annual cost of the General Service (GS) post</extracomment>
            <translation>一般事务员额年度费用 (USD)(&amp;G)：</translation>
        </message>
        <message>
            <source>Activity funding &amp;floor (USD):</source>
            <extracomment>Form label: ¶23 minimum funding of an activity</extracomment>
            <translation>活动最低供资额 (USD)(&amp;F)：</translation>
        </message>
        <message>
            <source>Announced on</source>
            <extracomment>Check box before the date the threshold was announced to donors</extracomment>
            <translation>告知日期</translation>
        </message>
        <message>
            <source>Threshold announced</source>
            <translation>已告知最低限额</translation>
        </message>
        <message>
            <source>Date the threshold was announced</source>
            <translation>告知最低限额的日期</translation>
        </message>
        <message>
            <source>Charged to the regular budget</source>
            <extracomment>Staff costs option (¶15)</extracomment>
            <translation>由经常预算支付</translation>
        </message>
        <message>
            <source>Charged to voluntary contributions</source>
            <extracomment>Staff costs option (¶15)</extracomment>
            <translation>由自愿捐款支付</translation>
        </message>
        <message>
            <source>¶15: the fund has a Professional (P) post and a General Service (GS) post. When they are charged to voluntary contributions, their annual cost is set aside from the money received before any sponsorship or activity; under the regular budget, contributions go to sponsorships and activities only.</source>
            <extracomment>¶15 is a paragraph of the report that set up the fund</extracomment>
            <translation>¶15：基金设有一个专业 (P) 员额和一个一般事务 (GS) 员额。如由自愿捐款支付，其年度费用将先从所收到的资金中扣留，然后才用于任何赞助或活动；如由经常预算支付，捐款将仅用于赞助和活动。</translation>
        </message>
        <message>
            <source>¶23: the least an activity must be funded with; activities below it are not approved.</source>
            <extracomment>¶23 is a paragraph of the report that set up the fund</extracomment>
            <translation>¶23：一项活动须获得的最低供资额；低于此数的活动不予核准。</translation>
        </message>
        <message>
            <source>&amp;Save Settings</source>
            <extracomment>Button on the Settings page</extracomment>
            <translation>保存设置(&amp;S)</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>保存设置</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <extracomment>Shown beside the Save button once the settings are stored</extracomment>
            <translation>设置已保存。</translation>
        </message>
        <message>
            <source>Filter by name, kind, country, region, year…</source>
            <extracomment>Placeholder of the filter box above a table</extracomment>
            <translation>按名称、类型、国家、区域、年份筛选…</translation>
        </message>
        <message>
            <source>Filter %1</source>
            <extracomment>Accessible name of the filter box above a table; %1 is the table's title</extracomment>
            <translation>筛选%1</translation>
        </message>
        <message>
            <source>Totals</source>
            <extracomment>Accessible name of the line of totals under a table</extracomment>
            <translation>合计</translation>
        </message>
        <message>
            <source>No co-applicant State: a national activity.</source>
            <extracomment>Under the co-applicant list when no State is ticked</extracomment>
            <translation>无共同申请国：国家活动。</translation>
        </message>
        <message numerus="yes">
            <source>%n co-applicant State(s) chosen: %1</source>
            <extracomment>Under the co-applicant list: %1 lists the ticked States' names</extracomment>
            <translation>
                <numerusform>已选择 %n 个共同申请国：%1</numerusform>
            </translation>
        </message>
        <message>
            <source>Governance Consultation</source>
            <translation>治理架构磋商</translation>
        </message>
        <message>
            <source>&amp;Date of the consultation:</source>
            <extracomment>Form label: the day the governance structure was consulted (¶18)</extracomment>
            <translation>磋商日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Participants: States and members who took part, one per line:</source>
            <translation>与会者(&amp;P)：参加磋商的国家和成员，每行一个：</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>与会者</translation>
        </message>
        <message>
            <source>&amp;Advice per application:</source>
            <translation>对各项申请的意见(&amp;A)：</translation>
        </message>
        <message>
            <source>Advice per application</source>
            <translation>对各项申请的意见</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Date of the consultation</source>
            <translation>磋商日期</translation>
        </message>
        <message>
            <source>Stance</source>
            <extracomment>Column header: where the governance structure stands on the application</extracomment>
            <translation>立场</translation>
        </message>
        <message>
            <source>Advice</source>
            <extracomment>Column header: the advice given, in words</extracomment>
            <translation>意见</translation>
        </message>
        <message>
            <source>Not discussed</source>
            <extracomment>First choice of the stance combo: the application was not on the agenda</extracomment>
            <translation>未讨论</translation>
        </message>
        <message>
            <source>Stance on %1</source>
            <extracomment>Accessible name of a stance box; %1 is the application's reference</extracomment>
            <translation>对 %1 的立场</translation>
        </message>
        <message>
            <source>Advice on %1</source>
            <extracomment>Accessible name of an advice box; %1 is the application's reference</extracomment>
            <translation>对 %1 的意见</translation>
        </message>
        <message>
            <source>Step 1: conflict of interest</source>
            <extracomment>Group title: the first step of a review</extracomment>
            <translation>第 1 步：利益冲突</translation>
        </message>
        <message>
            <source>Step 2: scores (¶25)</source>
            <extracomment>Group title: the second step of a review</extracomment>
            <translation>第 2 步：评分（¶25）</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <extracomment>File menu: replace the open fund with a backup copy</extracomment>
            <translation>恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>Replace the fund with a backup, after checking it</source>
            <translation>经检查后用备份替换基金</translation>
        </message>
        <message>
            <source>&amp;Manual</source>
            <extracomment>Help menu: open the user manual</extracomment>
            <translation>手册(&amp;M)</translation>
        </message>
        <message>
            <source>Restore fund from backup</source>
            <extracomment>Title of the file dialog that picks a backup to restore</extracomment>
            <translation>从备份恢复基金</translation>
        </message>
        <message>
            <source>Capacity-building activities</source>
            <extracomment>Accessible name of the Activities page</extracomment>
            <translation>能力建设活动</translation>
        </message>
        <message>
            <source>Ranking</source>
            <extracomment>Tab of the Activities page: applications by aggregate score</extracomment>
            <translation>排名</translation>
        </message>
        <message>
            <source>Geographic Balance</source>
            <extracomment>Tab of the Activities page: amounts by region (¶25c)</extracomment>
            <translation>地域平衡</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s) shown · requested %1</source>
            <extracomment>Under the activities table: %1 is the total requested such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>显示 %n 份申请 · 申请金额 %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n below the funding floor</source>
            <extracomment>Under the activities table: how many shown applications are under the ¶23 floor</extracomment>
            <translation>
                <numerusform>%n 份低于最低供资额</numerusform>
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
            <translation>编辑活动申请</translation>
        </message>
        <message>
            <source>Delete the activity application %1, “%2”?</source>
            <extracomment>%1 is the application's reference, %2 its title</extracomment>
            <translation>是否删除活动申请 %1“%2”？</translation>
        </message>
        <message>
            <source>Delete Activity Application</source>
            <translation>删除活动申请</translation>
        </message>
        <message>
            <source>Export Scores</source>
            <translation>导出评分</translation>
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
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Activity applications</source>
            <extracomment>Heading of the table of capacity-building activity applications</extracomment>
            <translation>活动申请</translation>
        </message>
        <message>
            <source>Filter by reference, title, State, partner…</source>
            <extracomment>Placeholder of the filter box above the activities table</extracomment>
            <translation>按参考编号、标题、国家、伙伴筛选…</translation>
        </message>
        <message>
            <source>Add activity application</source>
            <translation>添加活动申请</translation>
        </message>
        <message>
            <source>Record a new application (Insert)</source>
            <translation>记录新申请 (Insert)</translation>
        </message>
        <message>
            <source>Edit activity application</source>
            <translation>编辑活动申请</translation>
        </message>
        <message>
            <source>Edit the selected application (Enter)</source>
            <translation>编辑所选申请 (Enter)</translation>
        </message>
        <message>
            <source>Delete activity application</source>
            <translation>删除活动申请</translation>
        </message>
        <message>
            <source>Delete the selected application (Del)</source>
            <translation>删除所选申请 (Del)</translation>
        </message>
        <message>
            <source>Score activity application</source>
            <translation>为活动申请评分</translation>
        </message>
        <message>
            <source>Record governance consultation</source>
            <translation>记录治理架构磋商</translation>
        </message>
        <message>
            <source>Export review scores</source>
            <translation>导出评审评分</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <extracomment>Filter above the activities table
----------
Filter above the sponsorship applications</extracomment>
            <translation>状态(&amp;T)：</translation>
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation>区域(&amp;G)：</translation>
        </message>
        <message>
            <source>F&amp;ocus area:</source>
            <translation>重点领域(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <source>All statuses</source>
            <extracomment>First entry of a filter combo: no filtering</extracomment>
            <translation>所有状态</translation>
        </message>
        <message>
            <source>All regions</source>
            <translation>所有区域</translation>
        </message>
        <message>
            <source>All focus areas</source>
            <translation>所有重点领域</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>所有年份</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>按状态筛选</translation>
        </message>
        <message>
            <source>Filter by region</source>
            <translation>按区域筛选</translation>
        </message>
        <message>
            <source>Filter by focus area</source>
            <translation>按重点领域筛选</translation>
        </message>
        <message>
            <source>Filter by year the activity runs in</source>
            <extracomment>Accessible name of the year filter: activities running in that year</extracomment>
            <translation>按活动开展年份筛选</translation>
        </message>
        <message>
            <source>Activities that run in the chosen year</source>
            <translation>在所选年份开展的活动</translation>
        </message>
        <message>
            <source>Requested in all: %1 · recommended in all: %2</source>
            <extracomment>Under the geographic balance: %1 total requested, %2 total recommended</extracomment>
            <translation>申请总额：%1 · 建议总额：%2</translation>
        </message>
        <message>
            <source>Geographic balance (¶25c): what the applications request and what is recommended or beyond, by region. A regional activity counts in equal parts for each participating State. The dashed line in each bar and the last row show the equal share: the total divided equally.</source>
            <translation>地域平衡（¶25c）：按区域列出各项申请的申请金额，以及已建议或处于后续阶段的金额。区域活动按每个参与国均等份额计算。每个条形中的虚线和最后一行显示均等份额：即总额的平均分配。</translation>
        </message>
        <message>
            <source>By M49 region</source>
            <extracomment>Heading of the table by M49 geographic region</extracomment>
            <translation>按 M49 区域</translation>
        </message>
        <message>
            <source>By UN regional group</source>
            <extracomment>Heading of the table by UN regional group</extracomment>
            <translation>按联合国区域组</translation>
        </message>
        <message numerus="yes">
            <source>%n of %1 candidate application(s) fit within the available balance of %2; the scored requests above the floor add up to %3.</source>
            <extracomment>Under the ranking: %1 the number of candidates, %2 the available balance, %3 the total requested by the scored applications above the floor</extracomment>
            <translation>
                <numerusform>%1 份候选申请中有 %n 份可在 %2 的可用余额内获得供资；高于最低供资额的已评分申请合计 %3。</numerusform>
            </translation>
        </message>
        <message>
            <source>Ranking by aggregate score</source>
            <extracomment>Heading of the ranking of activity applications by aggregate score</extracomment>
            <translation>按综合评分排名</translation>
        </message>
        <message>
            <source>Applications that are eligible, under review or recommended, highest aggregate score first. The running total adds up the scored requests above the minimum funding floor against the fund's available balance for this year.</source>
            <translation>符合条件、正在评审或已建议的申请，按综合评分从高到低排列。累计总额将高于最低供资额的已评分申请金额相加，并与基金本年度的可用余额对照。</translation>
        </message>
        <message>
            <source>Ranking summary</source>
            <translation>排名摘要</translation>
        </message>
        <message>
            <source>US dollars</source>
            <extracomment>axis title of a chart of amounts</extracomment>
            <translation>美元</translation>
        </message>
        <message>
            <source>Per cent</source>
            <extracomment>axis title of a chart of shares</extracomment>
            <translation>百分比</translation>
        </message>
        <message>
            <source>Number</source>
            <extracomment>axis title of a chart of counts</extracomment>
            <translation>数量</translation>
        </message>
        <message>
            <source>&amp;Save chart…</source>
            <extracomment>button under a chart</extracomment>
            <translation>保存图表(&amp;S)…</translation>
        </message>
        <message>
            <source>Save as &amp;PNG…</source>
            <translation>另存为 PNG(&amp;P)…</translation>
        </message>
        <message>
            <source>Save as S&amp;VG…</source>
            <translation>另存为 SVG(&amp;V)…</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>保存图表</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG 绘图 (*.svg)</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG 图像 (*.png);;SVG 绘图 (*.svg)</translation>
        </message>
        <message>
            <source>Chart: %1. Right-click to save it as PNG or SVG.</source>
            <extracomment>accessible description of a chart; %1 is its title</extracomment>
            <translation>图表：%1。右键单击可将其另存为 PNG 或 SVG。</translation>
        </message>
        <message>
            <source>Save the chart “%1”</source>
            <extracomment>%1 is a chart's title</extracomment>
            <translation>保存图表“%1”</translation>
        </message>
        <message>
            <source>%1
%2: %3</source>
            <extracomment>chart tooltip: %1 the category (a region, a month), %2 the series, %3 the value</extracomment>
            <translation>%1
%2：%3</translation>
        </message>
        <message>
            <source>A new application starts as Draft or Submitted; a stored one moves to its next status with Workflow… on the Activities page.</source>
            <translation>新申请的初始状态为“草稿”或“已提交”；已保存的申请可通过“活动”页面上的“工作流程…”进入下一状态。</translation>
        </message>
        <message>
            <source>%1 · %2 — remaining %3</source>
            <extracomment>an item in the payment dialog: %1 reference, %2 title, %3 what remains to pay</extracomment>
            <translation>%1 · %2 — 剩余 %3</translation>
        </message>
        <message>
            <source>No item has been paid yet: there is nothing to refund.</source>
            <translation>尚未对任何项目付款：没有可退款的内容。</translation>
        </message>
        <message>
            <source>No approved or active item: a payment needs one.</source>
            <translation>没有已核准或执行中的项目：付款须针对此类项目。</translation>
        </message>
        <message>
            <source>Committed %1 · paid %2 · remaining %3</source>
            <extracomment>%1 committed, %2 paid so far, %3 what remains, all with currency</extracomment>
            <translation>已承付 %1 · 已付款 %2 · 剩余 %3</translation>
        </message>
        <message>
            <source>Choose the approved item the payment is for.</source>
            <translation>请选择该笔付款所针对的已核准项目。</translation>
        </message>
        <message>
            <source>Enter the amount paid.</source>
            <translation>请输入已付金额。</translation>
        </message>
        <message>
            <source>“%1” is not an amount. Type digits, with the decimals after the decimal sign.</source>
            <translation>“%1”不是金额。请键入数字，小数部分置于小数点之后。</translation>
        </message>
        <message>
            <source>Record a Refund</source>
            <translation>记录退款</translation>
        </message>
        <message>
            <source>Record a Payment</source>
            <translation>记录付款</translation>
        </message>
        <message>
            <source>&amp;Item:</source>
            <extracomment>the approved sponsorship or activity a payment is made against</extracomment>
            <translation>项目(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>金额(&amp;A)：</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <extracomment>Form label: the currency the fund's books are kept in (always USD)</extracomment>
            <translation>货币(&amp;U)：</translation>
        </message>
        <message>
            <source>USD &amp;rate:</source>
            <translation>USD 汇率(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Payee:</source>
            <translation>收款方(&amp;P)：</translation>
        </message>
        <message>
            <source>Re&amp;ference:</source>
            <translation>参考编号(&amp;F)：</translation>
        </message>
        <message>
            <source>Reas&amp;on for the refund:</source>
            <translation>退款理由(&amp;O)：</translation>
        </message>
        <message>
            <source>Item</source>
            <extracomment>the approved sponsorship or activity a payment is made against</extracomment>
            <translation>项目</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>USD rate</source>
            <translation>USD 汇率</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>收款方</translation>
        </message>
        <message>
            <source>Reason for the refund</source>
            <translation>退款理由</translation>
        </message>
        <message>
            <source>The approved or active items, each with what remains to pay.</source>
            <translation>已核准或执行中的项目，以及各项目尚待支付的金额。</translation>
        </message>
        <message>
            <source>How many US dollars one unit of the currency was worth on the day.</source>
            <translation>当日一个单位该货币折合的美元数。</translation>
        </message>
        <message>
            <source>&amp;Record refund</source>
            <translation>记录退款(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Record payment</source>
            <translation>记录付款(&amp;R)</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of the CSV file, %2 the problem</extracomment>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>Line %1, column %2: %3</source>
            <extracomment>%1 is a line number of the CSV file, %2 a column name, %3 the problem</extracomment>
            <translation>第 %1 行，列 %2：%3</translation>
        </message>
        <message>
            <source>Choose the CSV file to import</source>
            <translation>选择要导入的 CSV 文件</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <extracomment>file type filter in a file dialog</extracomment>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>“%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>无法打开“%1”。请检查其名称以及您是否有读取权限。</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <extracomment>Shown while the import file is being checked</extracomment>
            <translation>正在检查文件…</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <extracomment>The user cancelled the check of an import file</extracomment>
            <translation>检查已取消。</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) checked, no problem found. Import writes them all at once.</source>
            <extracomment>%n is the number of rows of the file</extracomment>
            <translation>
                <numerusform>已检查 %n 行，未发现问题。导入时将一次性写入所有行。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found. Correct the file and check it again: nothing is imported while any remains.</source>
            <extracomment>%n is the number of problems; nothing is imported until all are corrected</extracomment>
            <translation>
                <numerusform>发现 %n 个问题。请更正文件并重新检查：只要仍有问题，就不会导入任何内容。</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <extracomment>Shown while the rows of an import file are written</extracomment>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Choose the kind of records and the CSV file, then check it.</source>
            <extracomment>How the import dialog starts</extracomment>
            <translation>请选择记录类型和 CSV 文件，然后进行检查。</translation>
        </message>
        <message>
            <source>Import from CSV</source>
            <extracomment>Title of the import dialog</extracomment>
            <translation>从 CSV 导入</translation>
        </message>
        <message>
            <source>&amp;Kind of records:</source>
            <translation>记录类型(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <extracomment>Form label: the file the new fund is saved in</extracomment>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>检查(&amp;H)</translation>
        </message>
        <message>
            <source>The conditions of the receipts in this file do not restrict their use to specific activities (no earmarking, ¶19)</source>
            <translation>此文件中各笔收款的条件并未将其用途限于特定活动（无指定用途，¶19）</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <extracomment>Button in the banner shown while a fund opens</extracomment>
            <translation>取消(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <extracomment>Button of the import dialog: write the checked file's rows</extracomment>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>Kind of records</source>
            <translation>记录类型</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>CSV 文件</translation>
        </message>
        <message>
            <source>Path of a UTF-8 CSV file, comma or semicolon</source>
            <translation>UTF-8 CSV 文件的路径，以逗号或分号分隔</translation>
        </message>
        <message>
            <source>Receipts' conditions are not earmarks</source>
            <translation>收款条件不属于指定用途</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>检查结果</translation>
        </message>
        <message>
            <source>Rows of the file</source>
            <translation>文件各行</translation>
        </message>
        <message>
            <source>Every row of the file with the problems found in it, in the last column</source>
            <translation>文件的每一行，最后一列列出在该行发现的问题</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translation>发现的问题</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 is the form label such as "DSA rate", %2 why the amount was refused
----------
A line of the slate figures: %1 the label, %2 the value
----------
one field of a created or deleted record: %1 the field, %2 its value</extracomment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Line</source>
            <extracomment>Column of the import preview: the line of the CSV file</extracomment>
            <translation>行</translation>
        </message>
        <message>
            <source>Problems</source>
            <extracomment>Column of the import preview: what is wrong with the row</extracomment>
            <translation>问题</translation>
        </message>
        <message>
            <source>One delegate: from %1 to %2 by region of origin</source>
            <extracomment>Live under the cost norms: %1 the cheapest, %2 the dearest estimate for one delegate</extracomment>
            <translation>每名代表：按出发区域计，%1 至 %2</translation>
        </message>
        <message>
            <source>Meeting %1</source>
            <translation>会议 %1</translation>
        </message>
        <message>
            <source>New Meeting</source>
            <translation>新建会议</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>城市(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <extracomment>Form label: the first day of the meeting</extracomment>
            <translation>第一天(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>最后一天(&amp;L)：</translation>
        </message>
        <message>
            <source>Formal &amp;meeting days:</source>
            <extracomment>Form label: the days of formal meetings a sponsored delegate attends (¶21d)</extracomment>
            <translation>正式会议天数(&amp;M)：</translation>
        </message>
        <message>
            <source>Airfare by region of origin (USD):</source>
            <extracomment>Form label above the return airfare estimated per region the delegate travels from</extracomment>
            <translation>按出发区域分列的机票费用 (USD)：</translation>
        </message>
        <message>
            <source>&amp;DSA rate per day (USD):</source>
            <extracomment>Form label: the daily subsistence allowance rate, in USD</extracomment>
            <translation>每日生活津贴日费率 (USD)(&amp;D)：</translation>
        </message>
        <message>
            <source>DSA da&amp;ys:</source>
            <extracomment>Form label: how many days of daily subsistence allowance are paid</extracomment>
            <translation>每日生活津贴天数(&amp;Y)：</translation>
        </message>
        <message>
            <source>&amp;Terminal expenses (USD):</source>
            <extracomment>Form label: the terminal expenses of the trip, in USD</extracomment>
            <translation>往返终点站费用 (USD)(&amp;T)：</translation>
        </message>
        <message>
            <source>Per delegate:</source>
            <extracomment>Form label: what one delegate costs under these norms</extracomment>
            <translation>每名代表：</translation>
        </message>
        <message>
            <source>%1:</source>
            <extracomment>Form label of one airfare box; %1 is a region such as Africa
----------
A label of the slate figures, such as "Women"</extracomment>
            <translation>%1：</translation>
        </message>
        <message>
            <source>Airfare from %1 in USD</source>
            <extracomment>Accessible name of an airfare box; %1 is a region such as Africa</extracomment>
            <translation>从%1出发的机票费用 (USD)</translation>
        </message>
        <message>
            <source>Such as PM-2026-1</source>
            <translation>例如 PM-2026-1</translation>
        </message>
        <message>
            <source>Close %1? Its records will refuse every change until the year is reopened, with a reason.</source>
            <translation>是否对 %1 年度结账？在说明理由重新开启该年度之前，其记录将拒绝任何更改。</translation>
        </message>
        <message>
            <source>Reopen %1? Its records can be changed again; the reason is kept on record.</source>
            <translation>是否重新开启 %1 年度？其记录将可再次更改；理由将存档。</translation>
        </message>
        <message>
            <source>Enter the reason for reopening the year: it is kept on record.</source>
            <translation>请输入重新开启该年度的理由：理由将存档。</translation>
        </message>
        <message>
            <source>Close a Year</source>
            <translation>年度结账</translation>
        </message>
        <message>
            <source>Reopen a Year</source>
            <translation>重新开启年度</translation>
        </message>
        <message>
            <source>A closed year refuses changes to its records: payments, approvals and other writes dated in it. Only the fund manager can close a year.</source>
            <translation>已结账年度拒绝对其记录作任何更改：包括日期在该年度内的付款、核准和其他写入。只有基金管理方可以对年度结账。</translation>
        </message>
        <message>
            <source>Reopening allows changes to the year's records again. The reason is kept on record with your name.</source>
            <translation>重新开启后，该年度的记录可再次更改。理由将与您的姓名一并存档。</translation>
        </message>
        <message>
            <source>&amp;Year to close:</source>
            <translation>结账年度(&amp;Y)：</translation>
        </message>
        <message>
            <source>&amp;Year to reopen:</source>
            <translation>重新开启年度(&amp;Y)：</translation>
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation>理由（必填）(&amp;R)：</translation>
        </message>
        <message>
            <source>Year to close</source>
            <translation>结账年度</translation>
        </message>
        <message>
            <source>Year to reopen</source>
            <translation>重新开启的年度</translation>
        </message>
        <message>
            <source>Reason for reopening</source>
            <translation>重新开启的理由</translation>
        </message>
        <message>
            <source>&amp;Close year</source>
            <translation>年度结账(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Reopen year</source>
            <translation>重新开启年度(&amp;R)</translation>
        </message>
        <message>
            <source>New Profile</source>
            <translation>新建用户档案</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>The fund manager recommends, the High Representative's office approves.</source>
            <translation>基金管理方负责推荐，高级代表办公室负责核准。</translation>
        </message>
        <message>
            <source>&amp;Create profile</source>
            <translation>创建用户档案(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>角色(&amp;R)：</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s).</source>
            <extracomment>%n is the number of records listed</extracomment>
            <translation>
                <numerusform>%n 条记录。</numerusform>
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
            <translation>未评估</translation>
        </message>
        <message>
            <source>Met</source>
            <extracomment>Choice for a ¶21 criterion</extracomment>
            <translation>符合</translation>
        </message>
        <message>
            <source>Not met</source>
            <extracomment>Choice for a ¶21 criterion</extracomment>
            <translation>不符合</translation>
        </message>
        <message>
            <source>Criterion %1</source>
            <extracomment>Accessible name of a criterion's choice; %1 is "¶21(a)"</extracomment>
            <translation>标准 %1</translation>
        </message>
        <message>
            <source>Evidence for %1</source>
            <extracomment>Accessible name of a criterion's evidence box; %1 is "¶21(a)"</extracomment>
            <translation>%1 的证据</translation>
        </message>
        <message>
            <source>Evidence seen, such as the nominating letter</source>
            <translation>所见证据，例如提名信</translation>
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
            <translation>赞助申请 — %1</translation>
        </message>
        <message>
            <source>New Sponsorship Application</source>
            <translation>新建赞助申请</translation>
        </message>
        <message>
            <source>Criteria (¶21)</source>
            <extracomment>Tab of the sponsorship form: the five criteria of ¶21</extracomment>
            <translation>标准 (¶21)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>After the Meeting</source>
            <extracomment>Tab of the sponsorship form: attendance, report and actual cost</extracomment>
            <translation>会后</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>会议(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>性别(&amp;G)：</translation>
        </message>
        <message>
            <source>M&amp;inistry or agency:</source>
            <translation>部委或机构(&amp;I)：</translation>
        </message>
        <message>
            <source>Capital-&amp;based:</source>
            <extracomment>Form label: whether the official works in the capital (¶21a)</extracomment>
            <translation>在首都工作(&amp;B)：</translation>
        </message>
        <message>
            <source>C&amp;ontact:</source>
            <translation>联系方式(&amp;O)：</translation>
        </message>
        <message>
            <source>Nominating &amp;letter:</source>
            <translation>提名信(&amp;L)：</translation>
        </message>
        <message>
            <source>S&amp;core:</source>
            <extracomment>Form label: the reviewer's score, 0 to 100</extracomment>
            <translation>评分(&amp;C)：</translation>
        </message>
        <message>
            <source>Dra&amp;ft:</source>
            <translation>草稿(&amp;F)：</translation>
        </message>
        <message>
            <source>Not&amp;es:</source>
            <translation>备注(&amp;E)：</translation>
        </message>
        <message>
            <source>Estimated cost:</source>
            <extracomment>Form label: the cost computed from the meeting's norms</extracomment>
            <translation>估计费用：</translation>
        </message>
        <message>
            <source>Set the cost by &amp;hand:</source>
            <translation>手动设定费用(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Cost (USD):</source>
            <translation>费用 (USD)(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <extracomment>Form label: why the cost differs from the meeting's norms (mandatory)</extracomment>
            <translation>理由(&amp;R)：</translation>
        </message>
        <message>
            <source>Attended all formal &amp;meetings:</source>
            <extracomment>Form label: did the delegate attend all formal meetings (¶21d)</extracomment>
            <translation>出席了所有正式会议(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Report received:</source>
            <extracomment>Form label: did the delegate share a report with the fund manager (¶21e)</extracomment>
            <translation>已收到报告(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Actual cost (USD):</source>
            <translation>实际费用 (USD)(&amp;A)：</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>请选择…</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <extracomment>Choice for attendance at all formal meetings: nobody has said yet</extracomment>
            <translation>尚不清楚</translation>
        </message>
        <message>
            <source>Yes, confirmed</source>
            <translation>是，已确认</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Works in the capital (¶21a)</source>
            <translation>在首都工作（¶21a）</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已收到</translation>
        </message>
        <message>
            <source>Not yet submitted for screening</source>
            <translation>尚未提交筛选</translation>
        </message>
        <message>
            <source>Shared with the fund manager (¶21e)</source>
            <translation>已与基金管理方分享（¶21e）</translation>
        </message>
        <message>
            <source>Use my own figure instead of the meeting's norms</source>
            <translation>使用我自己的数字，而非会议费用标准</translation>
        </message>
        <message>
            <source>No score</source>
            <extracomment>Shown in the score box when the reviewer has not scored the application</extracomment>
            <translation>无评分</translation>
        </message>
        <message>
            <source>Such as a known cheaper fare or a longer trip</source>
            <translation>例如已知有更便宜的票价或行程较长</translation>
        </message>
        <message>
            <source>E-mail or telephone</source>
            <translation>电子邮件或电话</translation>
        </message>
        <message>
            <source>Criteria of ¶21</source>
            <translation>¶21 的标准</translation>
        </message>
        <message>
            <source>Screening against ¶21</source>
            <translation>对照 ¶21 筛选</translation>
        </message>
        <message>
            <source>Enter the cost in USD, or clear “Use my own figure”.</source>
            <translation>请输入以 USD 计的费用，或取消勾选“使用我自己的数字”。</translation>
        </message>
        <message>
            <source>Eligible: the application meets all five criteria of ¶21.</source>
            <translation>合格：该申请符合 ¶21 的全部五项标准。</translation>
        </message>
        <message>
            <source>Ineligible — it cannot be recommended:</source>
            <extracomment>Heading of the screening lines when a ¶21 criterion fails</extracomment>
            <translation>不合格 — 不能予以推荐：</translation>
        </message>
        <message>
            <source>• %1</source>
            <extracomment>One line of the screening: a failing criterion in words</extracomment>
            <translation>• %1</translation>
        </message>
        <message>
            <source>Still to assess: %1.</source>
            <extracomment>%1 lists criteria such as "¶21(d) and ¶21(e)"</extracomment>
            <translation>尚待评估：%1。</translation>
        </message>
        <message>
            <source>%1, from the meeting's norms for the State's region</source>
            <extracomment>The live estimate; %1 is an amount such as USD 5,656.00</extracomment>
            <translation>%1，依据会议针对该国所属区域的费用标准</translation>
        </message>
        <message>
            <source>New fund</source>
            <extracomment>Title of the file dialog that picks where a new fund is saved</extracomment>
            <translation>新建基金</translation>
        </message>
        <message>
            <source>FundDesk funds (*.funddesk)</source>
            <translation>FundDesk 基金 (*.funddesk)</translation>
        </message>
        <message>
            <source>Give the fund a name: it heads every report and packet.</source>
            <translation>请为基金命名：该名称将显示在每份报告和文件包的标题中。</translation>
        </message>
        <message>
            <source>“%1” is not an amount in US dollars. Enter the threshold as a number such as 250000, or leave it empty to set it later.</source>
            <extracomment>%1 is the amount typed</extracomment>
            <translation>“%1”不是以美元计的金额。请以数字形式输入最低限额，例如 250000，或留空以后再设定。</translation>
        </message>
        <message>
            <source>Choose the file the new fund is saved in.</source>
            <translation>请选择用于保存新基金的文件。</translation>
        </message>
        <message>
            <source>“%1” already exists; a new fund never replaces a file. Choose another name.</source>
            <translation>“%1”已存在；新建基金绝不会替换现有文件。请另选名称。</translation>
        </message>
        <message>
            <source>Welcome to FundDesk</source>
            <translation>欢迎使用 FundDesk</translation>
        </message>
        <message>
            <source>There is no fund on this computer yet. Create the fund you manage, open a fund file you already have, or explore a demo fund with realistic records first.</source>
            <translation>此计算机上尚无基金。请创建您管理的基金，打开已有的基金文件，或先试用一个包含逼真记录的演示基金。</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <extracomment>Label of the interface language choice in the welcome dialog
----------
Form label: the language of FundDesk's windows</extracomment>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>The language of FundDesk's windows; it changes at once.</source>
            <translation>FundDesk 窗口的语言；更改后立即生效。</translation>
        </message>
        <message>
            <source>A new fund</source>
            <extracomment>Group title in the welcome dialog</extracomment>
            <translation>新基金</translation>
        </message>
        <message>
            <source>Fund name</source>
            <translation>基金名称</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building</source>
            <extracomment>Placeholder of the fund name; an example, translate freely</extracomment>
            <translation>联合国信通技术安全能力建设自愿基金</translation>
        </message>
        <message>
            <source>The fund's books are kept in US dollars.</source>
            <translation>基金账簿以美元记账。</translation>
        </message>
        <message>
            <source>Operational threshold (USD)</source>
            <translation>运作最低限额 (USD)</translation>
        </message>
        <message>
            <source>¶16: the fund operates once its receipts reach this amount. Leave it empty to set it later in Settings.</source>
            <translation>¶16：收款达到此金额后，基金即投入运作。可留空，以后在“设置”中设定。</translation>
        </message>
        <message>
            <source>Fund file</source>
            <translation>基金文件</translation>
        </message>
        <message>
            <source>C&amp;hange…</source>
            <extracomment>Button: choose another file for the new fund</extracomment>
            <translation>更改(&amp;H)…</translation>
        </message>
        <message>
            <source>Choose the fund file</source>
            <translation>选择基金文件</translation>
        </message>
        <message>
            <source>C&amp;reate the fund</source>
            <translation>创建基金(&amp;R)</translation>
        </message>
        <message>
            <source>Create the fund</source>
            <translation>创建基金</translation>
        </message>
        <message>
            <source>Or:</source>
            <extracomment>Welcome dialog, before the buttons that open a file or the demo fund</extracomment>
            <translation>或者：</translation>
        </message>
        <message>
            <source>&amp;Open an existing fund…</source>
            <translation>打开现有基金(&amp;O)…</translation>
        </message>
        <message>
            <source>Open an existing fund</source>
            <translation>打开现有基金</translation>
        </message>
        <message>
            <source>E&amp;xplore the demo fund</source>
            <translation>试用演示基金(&amp;X)</translation>
        </message>
        <message>
            <source>Explore the demo fund</source>
            <translation>试用演示基金</translation>
        </message>
        <message>
            <source>A fictitious fund with three years of realistic records, to try FundDesk before entering your own.</source>
            <translation>一个虚构的基金，包含三年的逼真记录，供您在输入自己的记录之前试用 FundDesk。</translation>
        </message>
        <message>
            <source>Propose an amended amount</source>
            <translation>提议修改金额</translation>
        </message>
        <message>
            <source>Approve the amended amount</source>
            <translation>核准修改后的金额</translation>
        </message>
        <message>
            <source>Reject the amended amount</source>
            <translation>驳回修改后的金额</translation>
        </message>
        <message>
            <source>“%1” is not an amount in USD. Type it like %2.</source>
            <extracomment>%1 is what the user typed</extracomment>
            <translation>“%1”不是以 USD 计的金额。请按 %2 的格式键入。</translation>
        </message>
        <message>
            <source>Enter the new amount in USD.</source>
            <translation>请输入以 USD 计的新金额。</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>工作流程</translation>
        </message>
        <message>
            <source>Current status: %1</source>
            <extracomment>%1 is a status such as "Under review"</extracomment>
            <translation>当前状态：%1</translation>
        </message>
        <message>
            <source>Committed: %1 (approved: %2)</source>
            <extracomment>%1 the amount committed now, %2 the amount approved at first</extracomment>
            <translation>已承付：%1（核准：%2）</translation>
        </message>
        <message>
            <source>Amendment awaiting a decision: %1, “%2”</source>
            <extracomment>%1 the amount proposed in an amendment awaiting a decision</extracomment>
            <translation>待决定的修改：%1，“%2”</translation>
        </message>
        <message>
            <source>Acting as: %1 (%2)</source>
            <extracomment>%1 a person's name, %2 their role</extracomment>
            <translation>当前身份：%1（%2）</translation>
        </message>
        <message>
            <source>No profile is chosen: choose yours with Profile in the status bar before changing a status.</source>
            <translation>未选择用户档案：更改状态之前，请通过状态栏中的“用户档案”选择您的用户档案。</translation>
        </message>
        <message>
            <source>&amp;Next step:</source>
            <translation>下一步(&amp;N)：</translation>
        </message>
        <message>
            <source>This is a final status: no step is allowed from here.</source>
            <translation>这是最终状态：不允许从此处进行任何步骤。</translation>
        </message>
        <message>
            <source>Written &amp;justification (required):</source>
            <translation>书面理由（必填）(&amp;J)：</translation>
        </message>
        <message>
            <source>&amp;Note (optional):</source>
            <translation>说明（可选）(&amp;N)：</translation>
        </message>
        <message>
            <source>New &amp;amount in USD (required):</source>
            <translation>以 USD 计的新金额（必填）(&amp;A)：</translation>
        </message>
        <message>
            <source>Approved &amp;amount in USD (empty: the amount requested):</source>
            <translation>以 USD 计的核准金额（留空：即申请金额）(&amp;A)：</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Only the steps allowed from the current status are listed.</source>
            <translation>仅列出当前状态下允许的步骤。</translation>
        </message>
        <message>
            <source>Written justification</source>
            <translation>书面理由</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Amount in USD</source>
            <translation>以 USD 计的金额</translation>
        </message>
        <message>
            <source>&amp;Record step</source>
            <translation>记录步骤(&amp;R)</translation>
        </message>
        <message>
            <source>Print preview — %1</source>
            <translation>打印预览 — %1</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>打印预览</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>打印 %1</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <extracomment>file type filter in the save dialog</extracomment>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>正在写入 %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Writing the PDF</source>
            <translation>正在写入 PDF</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2. Choose a folder you can write to.</source>
            <translation>无法写入“%1”：%2。请选择您有写入权限的文件夹。</translation>
        </message>
        <message>
            <source>Contributions received in %1 (¶17)</source>
            <extracomment>%1 a year</extracomment>
            <translation>%1 年收到的捐款（¶17）</translation>
        </message>
        <message>
            <source>Contributions are published unless the donor asks otherwise (¶17). Amounts in US dollars.</source>
            <translation>除非捐助方另有要求，捐款均予公布（¶17）。金额以美元计。</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>Made %1 UTC · record SHA-256 %2</source>
            <extracomment>document footer: %1 date and time made (UTC), %2 the SHA-256 of the record shown</extracomment>
            <translation>生成于 %1 UTC · 记录 SHA-256 %2</translation>
        </message>
        <message>
            <source>Cannot create the folder “%1”. Choose a folder you can write to.</source>
            <translation>无法创建文件夹“%1”。请选择您有写入权限的文件夹。</translation>
        </message>
        <message>
            <source>Document &amp;language:</source>
            <extracomment>the language a document is written in, not the interface's</extracomment>
            <translation>文档语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Document language</source>
            <translation>文档语言</translation>
        </message>
        <message>
            <source>The language the document is written in; the interface keeps its own.</source>
            <translation>文档所用的语言；界面语言保持不变。</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>纸张(&amp;P)：</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>纸张大小</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>美国信纸</translation>
        </message>
        <message>
            <source>The document was cancelled; nothing was written.</source>
            <translation>文档已取消；未写入任何内容。</translation>
        </message>
        <message>
            <source>Slate packet</source>
            <translation>入选名单文件包</translation>
        </message>
        <message>
            <source>Approval packet</source>
            <translation>核准文件包</translation>
        </message>
        <message>
            <source>Meeting reference</source>
            <translation>会议参考编号</translation>
        </message>
        <message>
            <source>Item reference</source>
            <translation>项目参考编号</translation>
        </message>
        <message>
            <source>The meeting whose recommended and approved delegates go in one packet.</source>
            <translation>其已推荐和已核准代表将归入同一文件包的会议。</translation>
        </message>
        <message>
            <source>An activity's reference such as CB-2026-014, or SP- and a sponsorship's number such as SP-12.</source>
            <translation>活动的参考编号，例如 CB-2026-014；或 SP- 加赞助编号，例如 SP-12。</translation>
        </message>
        <message>
            <source>PM-2026-1</source>
            <translation>PM-2026-1</translation>
        </message>
        <message>
            <source>CB-2026-014 or SP-12</source>
            <translation>CB-2026-014 或 SP-12</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>预览(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>另存为 PDF(&amp;S)…</translation>
        </message>
        <message>
            <source>Print preview of the packet</source>
            <translation>文件包打印预览</translation>
        </message>
        <message>
            <source>Print the packet</source>
            <translation>打印文件包</translation>
        </message>
        <message>
            <source>Save the packet as a PDF file</source>
            <translation>将文件包另存为 PDF 文件</translation>
        </message>
        <message>
            <source>Public contributions list %1 — preview</source>
            <extracomment>%1 a year</extracomment>
            <translation>%1 年公开捐款清单 — 预览</translation>
        </message>
        <message>
            <source>&amp;What the public page and CSV show:</source>
            <translation>公开网页和 CSV 显示的内容(&amp;W)：</translation>
        </message>
        <message>
            <source>Published lines</source>
            <translation>公布的条目</translation>
        </message>
        <message>
            <source>What they &amp;withhold, and why (internal — not published):</source>
            <translation>不予公布的内容及原因（内部 — 不公布）(&amp;W)：</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>同意公布</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Withheld contributions</source>
            <translation>不予公布的捐款</translation>
        </message>
        <message>
            <source>Contributions whose donor asked for anonymity or not to be published.</source>
            <translation>捐助方要求匿名或不予公布的捐款。</translation>
        </message>
        <message>
            <source>Applicants' personal data is never part of a public output (¶11): only donors and amounts are published.</source>
            <translation>申请人的个人数据绝不会出现在任何公开输出中（¶11）：只公布捐助方和金额。</translation>
        </message>
        <message>
            <source>%1: contributions received in %2</source>
            <extracomment>title of the public contributions page; %1 the fund's name, %2 the year</extracomment>
            <translation>%1：%2 年收到的捐款</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <extracomment>File menu: import donors, contributions or applications from a CSV file</extracomment>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Import records from a CSV file, after a preview</source>
            <translation>预览后从 CSV 文件导入记录</translation>
        </message>
        <message>
            <source>Refund from %1</source>
            <extracomment>the payee column of a refund: %1 is who paid the money back</extracomment>
            <translation>来自 %1 的退款</translation>
        </message>
        <message>
            <source>Recipient State</source>
            <translation>受援国</translation>
        </message>
        <message>
            <source>Pin %1</source>
            <extracomment>Accessible text of the pin check box; %1 is the applicant</extracomment>
            <translation>锁定 %1</translation>
        </message>
        <message>
            <source>Exclude %1</source>
            <extracomment>Accessible text of the exclude check box; %1 is the applicant</extracomment>
            <translation>排除 %1</translation>
        </message>
        <message>
            <source>; </source>
            <extracomment>Separator between the reasons for one slate decision</extracomment>
            <translation>；</translation>
        </message>
        <message>
            <source>Keep this applicant on the slate (Ctrl+P)</source>
            <translation>将此申请人保留在入选名单中 (Ctrl+P)</translation>
        </message>
        <message>
            <source>Keep this applicant off the slate (Ctrl+E)</source>
            <translation>将此申请人排除在入选名单之外 (Ctrl+E)</translation>
        </message>
        <message>
            <source>Pin</source>
            <extracomment>Column header: the applicant is kept on the slate by hand</extracomment>
            <translation>锁定</translation>
        </message>
        <message>
            <source>Exclude</source>
            <extracomment>Column header: the applicant is kept off the slate by hand</extracomment>
            <translation>排除</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>Column header: the State the applicant represents</extracomment>
            <translation>国家</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Cost (USD)</source>
            <extracomment>Column header: the estimated cost of sponsoring the delegate, in US dollars</extracomment>
            <translation>费用 (USD)</translation>
        </message>
        <message>
            <source>Why on the slate</source>
            <translation>入选理由</translation>
        </message>
        <message>
            <source>What would have to change</source>
            <translation>需作何改变</translation>
        </message>
        <message>
            <source>Fails %1</source>
            <extracomment>Table cell: the ¶21 criteria the application fails, such as "¶21(c)"</extracomment>
            <translation>不符合 %1</translation>
        </message>
        <message>
            <source>To assess: %1</source>
            <extracomment>Table cell: the ¶21 criteria not yet assessed, such as "¶21(d), ¶21(e)"</extracomment>
            <translation>待评估：%1</translation>
        </message>
        <message>
            <source>Meets ¶21</source>
            <extracomment>Table cell: the application meets all five criteria of ¶21</extracomment>
            <translation>符合 ¶21</translation>
        </message>
        <message>
            <source>%1 (set)</source>
            <extracomment>Table cell: a cost the manager set by hand instead of the meeting's norms</extracomment>
            <translation>%1（手动设定）</translation>
        </message>
        <message>
            <source>%1 not yet assessed: %2</source>
            <extracomment>Tooltip line: %1 is "¶21(d)", %2 the criterion in words</extracomment>
            <translation>%1 尚未评估：%2</translation>
        </message>
        <message>
            <source>Set by hand: %1</source>
            <extracomment>Tooltip of a cost set by hand; %1 is the reason the manager gave</extracomment>
            <translation>手动设定：%1</translation>
        </message>
        <message>
            <source>Estimated from the meeting's cost norms</source>
            <translation>依据会议费用标准估算</translation>
        </message>
        <message>
            <source>Priority groups</source>
            <extracomment>Column header: LDC, LLDC or SIDS (¶22)</extracomment>
            <translation>优先群体</translation>
        </message>
        <message>
            <source>Eligibility (¶21)</source>
            <extracomment>Column header: the screening against the five criteria of ¶21</extracomment>
            <translation>资格 (¶21)</translation>
        </message>
        <message>
            <source>On this computer</source>
            <extracomment>Title of the Settings group whose values belong to this computer, not to the fund file</extracomment>
            <translation>本计算机</translation>
        </message>
        <message>
            <source>Automatic &amp;backups to keep:</source>
            <extracomment>Form label: how many automatic backups of the fund are kept</extracomment>
            <translation>保留的自动备份数(&amp;B)：</translation>
        </message>
        <message>
            <source>Automatic backups to keep</source>
            <translation>保留的自动备份数</translation>
        </message>
        <message>
            <source>FundDesk backs up the fund when it closes and keeps this many copies; the oldest is removed first.</source>
            <translation>FundDesk 在关闭时备份基金，并保留此数量的副本；最早的副本最先删除。</translation>
        </message>
        <message>
            <source>Backup fol&amp;der:</source>
            <extracomment>Form label: the folder the automatic backups are written to</extracomment>
            <translation>备份文件夹(&amp;D)：</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>Beside the fund's file, once a fund is open</source>
            <extracomment>Shown in the backup folder field when no fund is open</extracomment>
            <translation>打开基金后，位于基金文件旁边</translation>
        </message>
        <message>
            <source>Year of the dashboard</source>
            <translation>仪表板年份</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <extracomment>tab of the dashboard</extracomment>
            <translation>概览(&amp;O)</translation>
        </message>
        <message>
            <source>Fund &amp;size</source>
            <translation>基金规模(&amp;S)</translation>
        </message>
        <message>
            <source>S&amp;pending</source>
            <translation>支出(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Contributions</source>
            <translation>捐款(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Delegates</source>
            <translation>代表(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Applications</source>
            <translation>申请(&amp;A)</translation>
        </message>
        <message>
            <source>Scenario p&amp;lanner</source>
            <translation>方案规划(&amp;L)</translation>
        </message>
        <message>
            <source>Dashboard views</source>
            <translation>仪表板视图</translation>
        </message>
        <message>
            <source>What the money buys, beside the two illustrative scales of ¶20 (small: USD 2 million, 10 delegates twice a year, 1–3 activities; medium: USD 5 million, 20 delegates twice a year, up to 10 activities):</source>
            <translation>资金可支付的内容，并与 ¶20 的两种示例规模对照（小规模：USD 200 万，每年两次、每次 10 名代表，1–3 项活动；中等规模：USD 500 万，每年两次、每次 20 名代表，最多 10 项活动）：</translation>
        </message>
        <message>
            <source>What the money buys</source>
            <translation>资金可支付的内容</translation>
        </message>
        <message>
            <source>Sponsorships and activities</source>
            <translation>赞助和活动</translation>
        </message>
        <message>
            <source>Payments and refunds</source>
            <translation>付款和退款</translation>
        </message>
        <message>
            <source>Payments only</source>
            <translation>仅付款</translation>
        </message>
        <message>
            <source>Refunds only</source>
            <translation>仅退款</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message numerus="yes">
            <source>%n disbursement(s) shown · net %1</source>
            <extracomment>Under the disbursements table: %1 is the net USD of the shown rows</extracomment>
            <translation>
                <numerusform>显示 %n 笔付款 · 净额 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Closed years: none</source>
            <translation>已结账年度：无</translation>
        </message>
        <message>
            <source>Closed years: %1</source>
            <translation>已结账年度：%1</translation>
        </message>
        <message>
            <source>disbursement %1</source>
            <extracomment>names a disbursement in the History window's title: %1 its number</extracomment>
            <translation>付款 %1</translation>
        </message>
        <message>
            <source>Record &amp;payment…</source>
            <translation>记录付款(&amp;P)…</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>记录付款</translation>
        </message>
        <message>
            <source>Record a payment against an approved or active sponsorship or activity.</source>
            <translation>针对已核准或执行中的赞助或活动记录付款。</translation>
        </message>
        <message>
            <source>Re&amp;fund…</source>
            <translation>退款(&amp;F)…</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Record money paid back, with its reason.</source>
            <translation>记录退回的资金，并注明理由。</translation>
        </message>
        <message>
            <source>Hi&amp;story…</source>
            <extracomment>Button: show the earlier states of the selected contribution</extracomment>
            <translation>历史记录(&amp;S)…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <source>Paymen&amp;ts:</source>
            <translation>付款(&amp;T)：</translation>
        </message>
        <message>
            <source>Kind of item</source>
            <translation>项目类型</translation>
        </message>
        <message>
            <source>Payments or refunds</source>
            <translation>付款或退款</translation>
        </message>
        <message>
            <source>&amp;Net USD by region and year (rows shown)</source>
            <translation>按区域和年份分列的净额 (USD)（所显示的行）(&amp;N)</translation>
        </message>
        <message>
            <source>Net USD by region and year</source>
            <translation>按区域和年份分列的净额 (USD)</translation>
        </message>
        <message>
            <source>&amp;Close year…</source>
            <translation>年度结账(&amp;C)…</translation>
        </message>
        <message>
            <source>Close year</source>
            <translation>年度结账</translation>
        </message>
        <message>
            <source>Re&amp;open year…</source>
            <translation>重新开启年度(&amp;O)…</translation>
        </message>
        <message>
            <source>Reopen year</source>
            <translation>重新开启年度</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>输出文件夹</translation>
        </message>
        <message>
            <source>The annual report was saved.</source>
            <translation>年度报告已保存。</translation>
        </message>
        <message>
            <source>Choose the folder to write the public list into.</source>
            <translation>请选择写入公开清单的文件夹。</translation>
        </message>
        <message>
            <source>Published:
%1</source>
            <extracomment>%1 the files written, one per line</extracomment>
            <translation>已公布：
%1</translation>
        </message>
        <message>
            <source>Annual report to donors (¶27)</source>
            <translation>致捐助方的年度报告（¶27）</translation>
        </message>
        <message>
            <source>Year of the annual report</source>
            <translation>年度报告的年份</translation>
        </message>
        <message>
            <source>Print preview of the annual report</source>
            <translation>年度报告打印预览</translation>
        </message>
        <message>
            <source>Print the annual report</source>
            <translation>打印年度报告</translation>
        </message>
        <message>
            <source>Save the annual report as a PDF file</source>
            <translation>将年度报告另存为 PDF 文件</translation>
        </message>
        <message>
            <source>Public contributions list (¶17)</source>
            <translation>公开捐款清单（¶17）</translation>
        </message>
        <message>
            <source>Y&amp;ear:</source>
            <translation>年份(&amp;E)：</translation>
        </message>
        <message>
            <source>Year of the public list</source>
            <translation>公开清单的年份</translation>
        </message>
        <message>
            <source>Output &amp;folder:</source>
            <translation>输出文件夹(&amp;F)：</translation>
        </message>
        <message>
            <source>Where the HTML page and the CSV file for the fund's website are written.</source>
            <translation>用于基金网站的 HTML 网页和 CSV 文件的写入位置。</translation>
        </message>
        <message>
            <source>Choose the output folder</source>
            <translation>选择输出文件夹</translation>
        </message>
        <message>
            <source>Preview &amp;withheld…</source>
            <translation>预览不予公布的内容(&amp;W)…</translation>
        </message>
        <message>
            <source>Preview what the public list shows and withholds</source>
            <translation>预览公开清单显示和不予公布的内容</translation>
        </message>
        <message>
            <source>P&amp;ublish</source>
            <translation>公布(&amp;U)</translation>
        </message>
        <message>
            <source>Write the public list</source>
            <translation>写入公开清单</translation>
        </message>
        <message>
            <source>Pri&amp;nt list…</source>
            <translation>打印清单(&amp;N)…</translation>
        </message>
        <message>
            <source>Print preview of the public list</source>
            <translation>公开清单打印预览</translation>
        </message>
        <message>
            <source>Approval packets (¶18)</source>
            <translation>核准文件包（¶18）</translation>
        </message>
        <message>
            <source>For the High Representative's signature: one item, or a meeting's whole slate.</source>
            <translation>供高级代表签署：单个项目，或某次会议的整个入选名单。</translation>
        </message>
        <message>
            <source>Item pac&amp;ket…</source>
            <translation>项目文件包(&amp;K)…</translation>
        </message>
        <message>
            <source>Approval packet of one item</source>
            <translation>单个项目的核准文件包</translation>
        </message>
        <message>
            <source>S&amp;late packet…</source>
            <translation>入选名单文件包(&amp;L)…</translation>
        </message>
        <message>
            <source>Approval packet of a meeting's slate</source>
            <translation>会议入选名单的核准文件包</translation>
        </message>
        <message>
            <source>Sa&amp;ve scenario</source>
            <extracomment>button of the scenario planner</extracomment>
            <translation>保存方案(&amp;V)</translation>
        </message>
        <message>
            <source>Annual funding in US dollars</source>
            <translation>以美元计的年度资金</translation>
        </message>
        <message>
            <source>Staff costs a year in US dollars</source>
            <translation>以美元计的年度工作人员费用</translation>
        </message>
        <message>
            <source>Cost per delegate in US dollars</source>
            <translation>以美元计的每名代表费用</translation>
        </message>
        <message>
            <source>Average activity cost in US dollars</source>
            <translation>以美元计的活动平均费用</translation>
        </message>
        <message>
            <source>Staff posts (P and GS) charged to &amp;contributions (¶15)</source>
            <translation>由捐款支付的工作人员员额（专业员额和一般事务员额）（¶15）(&amp;C)</translation>
        </message>
        <message>
            <source>Start from a scenario</source>
            <translation>从某一方案开始</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>方案名称</translation>
        </message>
        <message>
            <source>Sessions a year</source>
            <translation>每年会议次数</translation>
        </message>
        <message>
            <source>Delegates per session</source>
            <translation>每届会议代表人数</translation>
        </message>
        <message>
            <source>What the scenario carries</source>
            <translation>方案可支持的内容</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>方案对比</translation>
        </message>
        <message>
            <source>&amp;Start from:</source>
            <translation>起始方案(&amp;S)：</translation>
        </message>
        <message>
            <source>Annual &amp;funding (USD):</source>
            <translation>年度资金 (USD)(&amp;F)：</translation>
        </message>
        <message>
            <source>Staff costs a &amp;year (USD):</source>
            <translation>年度工作人员费用 (USD)(&amp;Y)：</translation>
        </message>
        <message>
            <source>S&amp;essions a year:</source>
            <translation>每年会议届数(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Delegates per session:</source>
            <translation>每届会议代表人数(&amp;D)：</translation>
        </message>
        <message>
            <source>Cost per de&amp;legate (USD):</source>
            <translation>每名代表费用 (USD)(&amp;L)：</translation>
        </message>
        <message>
            <source>Average &amp;activity cost (USD):</source>
            <translation>活动平均费用 (USD)(&amp;A)：</translation>
        </message>
        <message>
            <source>Scenarios side by side (¶20 and saved):</source>
            <translation>方案对比（¶20 方案和已保存方案）：</translation>
        </message>
        <message>
            <source>Figures</source>
            <extracomment>Heading of the figures beside the proposed slate</extracomment>
            <translation>数字</translation>
        </message>
        <message>
            <source>Propose a slate to see its figures.</source>
            <translation>提出入选名单后即可查看相关数字。</translation>
        </message>
        <message>
            <source>No application for this meeting is in the running yet: submitted applications that meet ¶21 can be proposed.</source>
            <translation>该会议尚无可参选的申请：已提交且符合 ¶21 的申请方可列入拟议入选名单。</translation>
        </message>
        <message>
            <source>Sc&amp;enario:</source>
            <extracomment>Label of the ¶20 scenario combo of the slate builder</extracomment>
            <translation>方案(&amp;E)：</translation>
        </message>
        <message numerus="yes">
            <source>Small scale (¶20): %n delegate(s)</source>
            <extracomment>¶20 scenario: USD 2 million a year, 10 sponsored delegates per session</extracomment>
            <translation>
                <numerusform>小规模（¶20）：%n 名代表</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Medium scale (¶20): %n delegate(s)</source>
            <extracomment>¶20 scenario: USD 5 million a year, 20 sponsored delegates per session</extracomment>
            <translation>
                <numerusform>中等规模（¶20）：%n 名代表</numerusform>
            </translation>
        </message>
        <message>
            <source>Other number of seats</source>
            <extracomment>Scenario combo: a seat count of the person's own choosing</extracomment>
            <translation>其他名额数</translation>
        </message>
        <message>
            <source>&amp;Seats:</source>
            <translation>名额(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Budget (USD):</source>
            <extracomment>Label of the optional budget of the slate, in USD</extracomment>
            <translation>预算 (USD)(&amp;B)：</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>无限制</translation>
        </message>
        <message>
            <source>&amp;Propose</source>
            <translation>提出(&amp;P)</translation>
        </message>
        <message>
            <source>Propose the slate for the seats and budget (Alt+P)</source>
            <translation>按名额和预算提出入选名单 (Alt+P)</translation>
        </message>
        <message>
            <source>C&amp;lear Pins</source>
            <extracomment>Button: forget every pin and exclusion and propose again</extracomment>
            <translation>清除锁定(&amp;L)</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>名额</translation>
        </message>
        <message>
            <source>Budget in USD</source>
            <translation>以 USD 计的预算</translation>
        </message>
        <message>
            <source>Proposing the slate</source>
            <translation>正在提出入选名单</translation>
        </message>
        <message numerus="yes">
            <source>Proposed slate (%n delegate(s))</source>
            <extracomment>Heading of the list of proposed delegates</extracomment>
            <translation>
                <numerusform>拟议入选名单（%n 名代表）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out (%n applicant(s))</source>
            <extracomment>Heading of the list of applicants not on the slate</extracomment>
            <translation>
                <numerusform>未入选（%n 名申请人）</numerusform>
            </translation>
        </message>
        <message>
            <source>Proposed slate</source>
            <translation>拟议入选名单</translation>
        </message>
        <message>
            <source>Ctrl+P pins or unpins the current applicant, Ctrl+E excludes or includes them</source>
            <translation>Ctrl+P 锁定或取消锁定当前申请人，Ctrl+E 排除或重新纳入当前申请人</translation>
        </message>
        <message>
            <source>Applicants left out</source>
            <translation>未入选的申请人</translation>
        </message>
        <message>
            <source>Pin to the Slate</source>
            <extracomment>Context menu of the slate lists; Ctrl+P</extracomment>
            <translation>锁定在入选名单中</translation>
        </message>
        <message>
            <source>Exclude from the Slate</source>
            <extracomment>Context menu of the slate lists; Ctrl+E</extracomment>
            <translation>从入选名单中排除</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>区域(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Priority group:</source>
            <extracomment>Filter above the sponsorship applications: LDC, LLDC or SIDS (¶22)</extracomment>
            <translation>优先群体(&amp;P)：</translation>
        </message>
        <message>
            <source>All genders</source>
            <translation>所有性别</translation>
        </message>
        <message>
            <source>Any priority group</source>
            <translation>任何优先群体</translation>
        </message>
        <message>
            <source>Filter by gender</source>
            <translation>按性别筛选</translation>
        </message>
        <message>
            <source>Filter by priority group</source>
            <translation>按优先群体筛选</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2 to %3 · %n formal meeting day(s)</source>
            <extracomment>Under the meeting selector: %1 city, %2 and %3 first and last day, %4 formal days</extracomment>
            <translation>
                <numerusform>%1，%2 至 %3 · %n 个正式会议日</numerusform>
            </translation>
        </message>
        <message>
            <source>No meeting yet: create one with New Meeting to record applications.</source>
            <translation>尚无会议：请通过“新建会议”创建会议，以便记录申请。</translation>
        </message>
        <message>
            <source>Edit Meeting</source>
            <translation>编辑会议</translation>
        </message>
        <message>
            <source>Sponsorship of representatives and experts</source>
            <extracomment>Accessible name of the Sponsorships page</extracomment>
            <translation>赞助代表和专家</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>&amp;New Meeting…</source>
            <translation>新建会议(&amp;N)…</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>新建会议</translation>
        </message>
        <message>
            <source>Edit Meet&amp;ing…</source>
            <translation>编辑会议(&amp;I)…</translation>
        </message>
        <message>
            <source>Edit meeting</source>
            <translation>编辑会议</translation>
        </message>
        <message>
            <source>Edit the meeting's dates and cost norms</source>
            <translation>编辑会议日期和费用标准</translation>
        </message>
        <message>
            <source>Appli&amp;cations</source>
            <extracomment>Tab of the Sponsorships page: the table of applications</extracomment>
            <translation>申请(&amp;C)</translation>
        </message>
        <message>
            <source>Slate B&amp;uilder</source>
            <extracomment>Tab of the Sponsorships page: propose the slate of sponsored delegates</extracomment>
            <translation>入选名单生成器(&amp;U)</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s) shown · cost %1</source>
            <extracomment>Under the sponsorships table: %1 is the total cost such as USD 12,000.00</extracomment>
            <translation>
                <numerusform>显示 %n 份申请 · 费用 %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n woman/women</source>
            <extracomment>Under the sponsorships table: how many of the shown applicants are women</extracomment>
            <translation>
                <numerusform>%n 名女性</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meet(s) ¶21</source>
            <extracomment>Under the sponsorships table: how many shown applications meet all of ¶21</extracomment>
            <translation>
                <numerusform>%n 份符合 ¶21</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit Sponsorship Application</source>
            <translation>编辑赞助申请</translation>
        </message>
        <message>
            <source>Delete the sponsorship application of %1 (%2)?</source>
            <extracomment>%1 is the applicant's name, %2 the State</extracomment>
            <translation>是否删除 %1（%2）的赞助申请？</translation>
        </message>
        <message>
            <source>Delete Sponsorship Application</source>
            <translation>删除赞助申请</translation>
        </message>
        <message>
            <source>Sponsorship applications</source>
            <extracomment>Heading of the table of sponsorship applications for the chosen meeting</extracomment>
            <translation>赞助申请</translation>
        </message>
        <message>
            <source>Filter by name, State, ministry, title…</source>
            <extracomment>Placeholder of the filter box above the sponsorships table</extracomment>
            <translation>按姓名、国家、部委、职衔筛选…</translation>
        </message>
        <message>
            <source>Add sponsorship application</source>
            <translation>添加赞助申请</translation>
        </message>
        <message>
            <source>Edit sponsorship application</source>
            <translation>编辑赞助申请</translation>
        </message>
        <message>
            <source>Delete sponsorship application</source>
            <translation>删除赞助申请</translation>
        </message>
        <message>
            <source>Export the table to CSV</source>
            <extracomment>Title of the file dialog of "Export CSV…" under a table</extracomment>
            <translation>将表格导出为 CSV</translation>
        </message>
        <message>
            <source>Export failed</source>
            <extracomment>Title of the message when a table could not be exported</extracomment>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <extracomment>Button under a table: save the rows shown (filtered, sorted) as a CSV file</extracomment>
            <translation>导出 CSV(&amp;X)…</translation>
        </message>
        <message>
            <source>Save the rows shown, as filtered and sorted, to a CSV file (Ctrl+Shift+E)</source>
            <translation>将所显示的行按当前筛选和排序保存为 CSV 文件 (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <source>Exports the visible rows of %1 to CSV</source>
            <extracomment>Accessible description of the Export CSV button; %1 is the table's title</extracomment>
            <translation>将 %1 中的可见行导出为 CSV</translation>
        </message>
        <message>
            <source>(empty)</source>
            <extracomment>an empty value in the history of a record</extracomment>
            <translation>（空）</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <extracomment>one changed field in a record's history: %1 the field, %2 old, %3 new value</extracomment>
            <translation>%1：%2 → %3</translation>
        </message>
        <message>
            <source>Created</source>
            <extracomment>what happened to a record, in its history</extracomment>
            <translation>已创建</translation>
        </message>
        <message>
            <source>Deleted</source>
            <extracomment>what happened to a record, in its history</extracomment>
            <translation>已删除</translation>
        </message>
        <message>
            <source>History of %1</source>
            <extracomment>window title: %1 names the record, such as an activity's reference</extracomment>
            <translation>%1 的历史记录</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <extracomment>a status move in an application's history: %1 the old, %2 the new status</extracomment>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>(no profile)</source>
            <translation>（无用户档案）</translation>
        </message>
        <message>
            <source>&amp;Status changes</source>
            <translation>状态变更(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Changes to the record</source>
            <translation>记录更改(&amp;C)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Old → new values</source>
            <translation>原值 → 新值</translation>
        </message>
        <message>
            <source>Status changes</source>
            <translation>状态变更</translation>
        </message>
        <message>
            <source>Each move of the application, with who made it, when and the note.</source>
            <translation>申请的每次状态变动，包括操作人、时间和说明。</translation>
        </message>
        <message>
            <source>Changes to the record</source>
            <translation>记录更改</translation>
        </message>
        <message>
            <source>Each entry of the audit trail about this record, with the old and new values.</source>
            <translation>审计跟踪中与此记录有关的每条记录，包括原值和新值。</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>用户档案</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>a profile in the Profile menu: %1 the name, %2 the role</extracomment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>&amp;New profile…</source>
            <translation>新建用户档案(&amp;N)…</translation>
        </message>
        <message>
            <source>Profile: %1 (%2)</source>
            <extracomment>the status bar's profile button: %1 the person's name, %2 the role</extracomment>
            <translation>用户档案：%1（%2）</translation>
        </message>
        <message>
            <source>Profile: choose yours</source>
            <translation>用户档案：请选择您的用户档案</translation>
        </message>
        <message>
            <source>Who is working on this laptop: the name recorded with every change, and the role that decides what you may approve.</source>
            <translation>正在使用此笔记本电脑的人员：每次更改时记录的姓名，以及决定您可以核准哪些内容的角色。</translation>
        </message>
        <message>
            <source>Wor&amp;kflow…</source>
            <translation>工作流程(&amp;K)…</translation>
        </message>
        <message>
            <source>Move the selected application to its next status, or amend its amount.</source>
            <translation>将所选申请转入下一状态，或修改其金额。</translation>
        </message>
        <message>
            <source>Histor&amp;y…</source>
            <translation>历史记录(&amp;Y)…</translation>
        </message>
        <message>
            <source>The status changes and the audit trail of the selected application.</source>
            <translation>所选申请的状态变更和审计跟踪。</translation>
        </message>
        <message>
            <source>P&amp;acket…</source>
            <extracomment>opens the approval packet (PDF) of the selected application</extracomment>
            <translation>文件包(&amp;A)…</translation>
        </message>
        <message>
            <source>Preview, print or save the approval packet of the selected application.</source>
            <translation>预览、打印或保存所选申请的核准文件包。</translation>
        </message>
        <message>
            <source>Slate p&amp;acket…</source>
            <extracomment>Button: preview, print or save the approval packet of the meeting's whole slate</extracomment>
            <translation>入选名单文件包(&amp;A)…</translation>
        </message>
        <message>
            <source>Slate approval packet</source>
            <translation>入选名单核准文件包</translation>
        </message>
        <message>
            <source>Preview, print or save the approval packet of this meeting's slate.</source>
            <translation>预览、打印或保存本次会议入选名单的核准文件包。</translation>
        </message>
        <message>
            <source>Show the &amp;records of</source>
            <extracomment>Context menu of a dashboard chart: a submenu listing the bars (regions, groups)</extracomment>
            <translation>显示以下各项的记录(&amp;R)</translation>
        </message>
        <message>
            <source>Opening “%1” was cancelled; the file was not changed.</source>
            <extracomment>Status bar message; %1 is the file name of the fund</extracomment>
            <translation>已取消打开“%1”；文件未被更改。</translation>
        </message>
        <message>
            <source>The fund's audit trail has been altered, first at entry %1: %2 Keep this file for investigation and work from a backup.</source>
            <extracomment>%1 is the number of the first broken entry, %2 what is wrong with it</extracomment>
            <translation>基金的审计跟踪已被篡改，首处位于第 %1 条记录：%2 请保留此文件以供调查，并使用备份开展工作。</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>审计跟踪</translation>
        </message>
        <message>
            <source>You can open the fund read-only: everything can be seen and printed, nothing can be changed.</source>
            <translation>您可以以只读方式打开基金：所有内容均可查看和打印，但不能更改。</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>以只读方式打开(&amp;R)</translation>
        </message>
        <message>
            <source>Open the fund read-only</source>
            <translation>以只读方式打开基金</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <extracomment>Button under the activities table; Insert key when the table has focus
----------
Button under the sponsorships table; Insert key when the table has focus</extracomment>
            <translation>添加(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <extracomment>Button under the contributions table; Enter or double-click when the table has focus</extracomment>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <extracomment>Button under the contributions table; Delete key when the table has focus</extracomment>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Score…</source>
            <extracomment>Button: declare a conflict of interest or score the selected application</extracomment>
            <translation>评分(&amp;S)…</translation>
        </message>
        <message>
            <source>Co&amp;nsultation…</source>
            <extracomment>Button: record a consultation of the governance structure (¶18)</extracomment>
            <translation>磋商(&amp;N)…</translation>
        </message>
        <message>
            <source>Export Sc&amp;ores…</source>
            <extracomment>Button: save the per-criterion review scores as a CSV file</extracomment>
            <translation>导出评分(&amp;O)…</translation>
        </message>
        <message>
            <source>Add &amp;Contribution…</source>
            <extracomment>Button under the contributions table; Insert key when the table has focus</extracomment>
            <translation>添加捐款(&amp;C)…</translation>
        </message>
        <message>
            <source>Add D&amp;onor…</source>
            <extracomment>Button under the donors table; Insert key when the table has focus</extracomment>
            <translation>添加捐助方(&amp;O)…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <extracomment>Button under the donors table; Enter or double-click when the table has focus</extracomment>
            <translation>编辑(&amp;I)…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <extracomment>Button under the donors table; Delete key when the table has focus</extracomment>
            <translation>删除(&amp;L)</translation>
        </message>
        <message>
            <source>Dele&amp;te scenario…</source>
            <extracomment>button of the scenario planner: deletes the saved scenario chosen in "Start from"</extracomment>
            <translation>删除方案(&amp;T)…</translation>
        </message>
        <message>
            <source>Delete the saved scenario chosen in Start from</source>
            <translation>删除在“起始方案”中选择的已保存方案</translation>
        </message>
        <message>
            <source>Deletes the scenario chosen in “Start from”. The two ¶20 scenarios are built in and cannot be deleted.</source>
            <translation>删除在“起始方案”中选择的方案。¶20 所述的两种方案为内置方案，不能删除。</translation>
        </message>
        <message>
            <source>The ¶20 scenarios are built in and cannot be deleted. Choose a scenario you saved in “Start from”.</source>
            <translation>¶20 所述方案为内置方案，不能删除。请在“起始方案”中选择您保存的方案。</translation>
        </message>
        <message>
            <source>Delete Scenario</source>
            <extracomment>%1 is the name of a saved scenario</extracomment>
            <translation>删除方案</translation>
        </message>
        <message>
            <source>Delete the saved scenario “%1”? This cannot be undone.</source>
            <translation>是否删除已保存的方案“%1”？此操作无法撤销。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln delegate seat(s)</source>
            <extracomment>part of the planner's result: delegate seats a year</extracomment>
            <translation>
                <numerusform>%Ln 个代表名额</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity(ies)</source>
            <extracomment>part of the planner's result: activities a year</extracomment>
            <translation>
                <numerusform>%Ln 项活动</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <extracomment>part of the planner's result: months of operation the funding covers</extracomment>
            <translation>
                <numerusform>%Ln 个月</numerusform>
            </translation>
        </message>
        <message>
            <source>Carries %1 and %2 a year; the funding covers %3 at this rate; %4 left unallocated.</source>
            <extracomment>result of the scenario planner; %1 the delegate seats ("20 delegate seats"), %2 the activities ("2 activities"), %3 the months ("14 months"), %4 an amount left over</extracomment>
            <translation>每年可支持 %1 和 %2；按此费率，资金可维持 %3；未分配余额 %4。</translation>
        </message>
        <message>
            <source>Opening “%1”…</source>
            <extracomment>Banner while a fund opens; %1 is the file name</extracomment>
            <translation>正在打开“%1”…</translation>
        </message>
        <message>
            <source>Checking the file for damage…</source>
            <translation>正在检查文件是否损坏…</translation>
        </message>
        <message>
            <source>Verifying the audit trail, entry by entry…</source>
            <translation>正在逐条核验审计跟踪…</translation>
        </message>
        <message>
            <source>Preparing the fund's data…</source>
            <translation>正在准备基金数据…</translation>
        </message>
        <message>
            <source>Cancel opening the fund</source>
            <translation>取消打开基金</translation>
        </message>
        <message>
            <source>Fund being opened</source>
            <extracomment>Accessible name of the banner label naming the fund being opened</extracomment>
            <translation>正在打开的基金</translation>
        </message>
        <message>
            <source>Current step</source>
            <extracomment>Accessible name of the banner label saying what opening the fund is doing now</extracomment>
            <translation>当前步骤</translation>
        </message>
        <message>
            <source>Progress of opening the fund</source>
            <translation>基金打开进度</translation>
        </message>
        <message>
            <source>Opening a fund</source>
            <translation>正在打开基金</translation>
        </message>
        <message>
            <source>Loading the donors was cancelled.</source>
            <extracomment>Not normally shown: the user cancelled loading a table</extracomment>
            <translation>已取消加载捐助方。</translation>
        </message>
        <message>
            <source>Score Activity Application</source>
            <extracomment>Title of the message when the application to score can no longer be read</extracomment>
            <translation>为活动申请评分</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <extracomment>Shown in a progress dialog after Cancel, until the work has stopped</extracomment>
            <translation>正在停止…</translation>
        </message>
        <message>
            <source>Loading was cancelled: the table may be out of date.</source>
            <extracomment>Above a table whose background loading the user cancelled</extracomment>
            <translation>已取消加载：表格可能不是最新的。</translation>
        </message>
        <message>
            <source>&amp;Load again</source>
            <extracomment>Button that reads a table's rows again after a cancelled load</extracomment>
            <translation>重新加载(&amp;L)</translation>
        </message>
        <message>
            <source>Loading the rows from the fund…</source>
            <extracomment>Above a table while its rows are read from the fund in the background</extracomment>
            <translation>正在从基金读取各行…</translation>
        </message>
        <message>
            <source>Cancel loading</source>
            <extracomment>Stops reading a table's rows in the background (also Esc)</extracomment>
            <translation>取消加载</translation>
        </message>
    </context>
    <context>
        <name>Tr</name>
        <message>
            <source>no item has the reference “%1”. Give an activity's reference (CB-2026-014), or activity:N or sponsorship:N with the item's number.</source>
            <translation>没有参考编号为“%1”的项目。请提供活动的参考编号（CB-2026-014），或以 activity:N 或 sponsorship:N 的形式给出项目编号。</translation>
        </message>
        <message>
            <source>The chart could not be saved to “%1”. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>无法将图表保存到“%1”。请检查文件夹是否存在以及您是否有写入权限。</translation>
        </message>
    </context>
</TS>
