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
            <extracomment>placeholder for a file path in command-line help</extracomment>
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
            <source>funddesk status: --year takes a year such as %1, not “%2”.</source>
            <translation>funddesk status：--year 须为年份，例如 %1，而不是“%2”。</translation>
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
            <source>Welcome to FundDesk</source>
            <translation>欢迎使用 FundDesk</translation>
        </message>
        <message>
            <source>There is no fund at “%1” yet.</source>
            <translation>“%1”处尚无基金。</translation>
        </message>
        <message>
            <source>Start an empty fund for your own records, or explore a demo fund with realistic records first.</source>
            <translation>为您自己的记录新建一个空基金，或先试用一个包含逼真记录的演示基金。</translation>
        </message>
        <message>
            <source>Explore the &amp;demo fund</source>
            <translation>试用演示基金(&amp;D)</translation>
        </message>
        <message>
            <source>Start an &amp;empty fund</source>
            <translation>新建空基金(&amp;E)</translation>
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
        <message numerus="yes">
            <source> (%n written since the last seal, sealed by the next change)</source>
            <extracomment>follows "audit trail intact: N entries"</extracomment>
            <translation>
                <numerusform>（自上次封存以来写入 %n 条，将在下次更改时封存）</numerusform>
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
            <source>Audit trail</source>
            <translation>审计跟踪</translation>
        </message>
        <message>
            <source>The fund's audit trail has been altered: %1 Keep this file for investigation and work from a backup.</source>
            <translation>基金的审计跟踪已被篡改：%1 请保留此文件以供调查，并使用备份开展工作。</translation>
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
            <extracomment>column of the exported review scores: %1 is a letter of ¶25, %2 the criterion</extracomment>
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
            <source>Fund “%1”: %2 donors, %3 contributions, %4 activity applications with %5 reviews, %6 consultations, %7 meetings with %8 sponsorship applications, %9 reference States.</source>
            <translation>基金“%1”：%2 个捐助方，%3 笔捐款，%4 份活动申请（%5 次评审），%6 次磋商，%7 次会议（%8 份赞助申请），%9 个参考国家。</translation>
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
Column header: the applicant State (and how many co-applicants)</extracomment>
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
            <extracomment>Column header: when a contribution was changed</extracomment>
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
Column header: the geographic region of the donor's country</extracomment>
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
            <extracomment>Column header: the aggregate review score, 0 to 5</extracomment>
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
            <extracomment>The review summary: %1 scored, %2 recused, %3 pending reviewers</extracomment>
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
            <extracomment>A share of a total: %1 is a number such as 23.5</extracomment>
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
            <source>Add Contribution…</source>
            <extracomment>Button under the contributions table; Insert key when the table has focus</extracomment>
            <translation>添加捐款…</translation>
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
            <source>Edit…</source>
            <extracomment>Button under the contributions table; Enter or double-click when the table has focus
----------
Button under the donors table; Enter or double-click when the table has focus</extracomment>
            <translation>编辑…</translation>
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
            <source>Delete</source>
            <extracomment>Button under the contributions table; Delete key when the table has focus
----------
Button under the donors table; Delete key when the table has focus</extracomment>
            <translation>删除</translation>
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
            <source>History…</source>
            <extracomment>Button: show the earlier states of the selected contribution</extracomment>
            <translation>历史记录…</translation>
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
            <source>Add Donor…</source>
            <extracomment>Button under the donors table; Insert key when the table has focus</extracomment>
            <translation>添加捐助方…</translation>
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
            <extracomment>The totals line: %1 the shown applications and amount, %2 those below the floor</extracomment>
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
            <extracomment>File type filter of the save dialog</extracomment>
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
            <source>Add…</source>
            <extracomment>Button under the activities table; Insert key when the table has focus</extracomment>
            <translation>添加…</translation>
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
            <source>Score…</source>
            <extracomment>Button: declare a conflict of interest or score the selected application</extracomment>
            <translation>评分…</translation>
        </message>
        <message>
            <source>Score activity application</source>
            <translation>为活动申请评分</translation>
        </message>
        <message>
            <source>Consultation…</source>
            <extracomment>Button: record a consultation of the governance structure (¶18)</extracomment>
            <translation>磋商…</translation>
        </message>
        <message>
            <source>Record governance consultation</source>
            <translation>记录治理架构磋商</translation>
        </message>
        <message>
            <source>Export Scores…</source>
            <extracomment>Button: save the per-criterion review scores as a CSV file</extracomment>
            <translation>导出评分…</translation>
        </message>
        <message>
            <source>Export review scores</source>
            <translation>导出评审评分</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <extracomment>Filter above the activities table</extracomment>
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
    </context>
</TS>
