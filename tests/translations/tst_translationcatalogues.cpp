// The committed catalogues (translations/*.ts in the source tree, not the build's copies) are
// complete and faithful: every string the sources use is there and finished, no translation
// drops or adds a placeholder, plurals have every form of the language, and nothing is left
// in English where it should have been translated.

#include "tscatalogue.h"

#include <QDirIterator>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace FundDesk::Tests;

namespace {

QString sourceDir()
{
    const QString fromEnvironment = qEnvironmentVariable("FUNDDESK_SOURCE_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(FUNDDESK_SOURCE_DIR) : fromEnvironment;
}

QString tsPath(const QString &code)
{
    return sourceDir() + QStringLiteral("/translations/funddesk_%1.ts").arg(code);
}

// Plural forms Qt Linguist expects per language (Qt's numerus rules).
int pluralFormCount(const QString &code)
{
    static const QMap<QString, int> counts{
        {QStringLiteral("ar"), 6}, {QStringLiteral("zh_CN"), 1}, {QStringLiteral("en"), 2},
        {QStringLiteral("fr"), 2}, {QStringLiteral("ru"), 3},    {QStringLiteral("es"), 2},
    };
    return counts.value(code);
}

// %1..%99 (also %L1), sorted: the multiset a translation must keep.
QStringList numberedPlaceholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9][0-9]?)"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text)) {
        found << match.captured(1);
    }
    found.sort();
    return found;
}

int pluralPlaceholderCount(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?n"));
    return int(text.count(pattern));
}

// Strings that read the same in every language: codes, names, placeholders and punctuation.
bool needsNoTranslation(const QString &source)
{
    static const QSet<QString> names{
        QStringLiteral("FundDesk"),
        QStringLiteral("Noto Sans"),
    };
    if (names.contains(source)) {
        return true;
    }
    QString rest = source;
    static const QRegularExpression untranslatable(QStringLiteral(
        "%L?[0-9n]+"                  // placeholders
        "|\\bFundDesk\\b"             // the product
        "|\\bfunddesk( [a-z-]+)?"     // command words: funddesk backup
        "|--[a-z-]+"                  // command-line options
        "|\\b[A-Z][A-Z0-9_]*\\b"      // codes and metavariables: USD, ISO3, FILE, N
        "|<[a-z]+>|\\[[a-z]+\\]"       // command-line syntax: <command> [options]
        "|\\b[a-z-]*\\.(csv|pdf|funddesk)\\b" // file names (FILE.csv: FILE went above)
        "|\\*\\.[a-z]+"               // file patterns
        "|¶[0-9]+"                    // paragraph references
        "|\\b(UN|CSV|PDF|ID|e-mail)\\b"));
    rest.remove(untranslatable);
    for (const QChar ch : std::as_const(rest)) {
        if (ch.isLetter()) {
            return false;
        }
    }
    return true;
}

QString describe(const TsMessage &message)
{
    QString source = message.source;
    source.replace(u'\n', QStringLiteral("\\n"));
    if (source.size() > 90) {
        source = source.left(87) + QStringLiteral("...");
    }
    return QStringLiteral("[%1] \"%2\"").arg(message.context, source);
}

// Words spelled the same in English and the language: translated, just identical.
bool isCognate(const QString &code, const QString &source)
{
    static const QMap<QString, QSet<QString>> cognates{
        {QStringLiteral("fr"),
         {QStringLiteral("Europe"), QStringLiteral("Absent"), QStringLiteral("Justification"),
          QStringLiteral("Budget"), QStringLiteral("Description"), QStringLiteral("Conditions"),
          QStringLiteral("Date"), QStringLiteral("Type"), QStringLiteral("Publication"),
          QStringLiteral("Menu"), QStringLiteral("Pages"), QStringLiteral("Contributions"),
          QStringLiteral("Participants"), QStringLiteral("Notes"),
          QStringLiteral("Consultation…"), QStringLiteral("Total"), QStringLiteral("Options"),
          QStringLiteral("Activités"), QStringLiteral("Position"), QStringLiteral("Signature"),
          QStringLiteral("Sessions"), QStringLiteral("Condition"),
          QStringLiteral("&Contributions")}},
        {QStringLiteral("es"),
         {QStringLiteral("Manual"), QStringLiteral("&Manual"), QStringLiteral("Asia"),
          QStringLiteral("Error: %1"), QStringLiteral("Total"), QStringLiteral("General"),
          QStringLiteral("No"), QStringLiteral("Error")}},
    };
    return cognates.value(code).contains(source);
}

void failWithList(const QString &what, const QStringList &problems)
{
    if (problems.isEmpty()) {
        return;
    }
    constexpr qsizetype shown = 40;
    QString text = QStringLiteral("%1: %2\n  ").arg(what).arg(problems.size());
    text += problems.first(std::min(shown, problems.size())).join(QStringLiteral("\n  "));
    if (problems.size() > shown) {
        text += QStringLiteral("\n  … and %1 more").arg(problems.size() - shown);
    }
    QFAIL(qPrintable(text));
}

// What lupdate finds in the sources today, with the options translations/CMakeLists.txt uses.
TsCatalogue scanSources(QString *error)
{
    static TsCatalogue scanned;
    static QString scanError;
    static bool done = false;
    if (!done) {
        done = true;
        QTemporaryDir temp;
        QStringList sources;
        for (const QString &layer : {QStringLiteral("core"), QStringLiteral("ui"),
                                     QStringLiteral("app")}) {
            QDirIterator it(sourceDir() + u'/' + layer, {QStringLiteral("*.cpp"),
                                                         QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                sources << it.next();
            }
        }
        QFile list(temp.filePath(QStringLiteral("sources.lst")));
        list.open(QIODevice::WriteOnly);
        list.write(sources.join(u'\n').toUtf8());
        list.close();
        const QString out = temp.filePath(QStringLiteral("scan_en.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(FUNDDESK_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-I"), sourceDir(),
                       u'@' + list.fileName(), QStringLiteral("-ts"), out});
        if (!lupdate.waitForFinished(60000) || lupdate.exitCode() != 0) {
            scanError = QStringLiteral("lupdate failed: ") +
                        QString::fromLocal8Bit(lupdate.readAllStandardError());
        } else {
            scanned = readTsCatalogue(out);
            scanError = scanned.error;
        }
    }
    *error = scanError;
    return scanned;
}

} // namespace

class TstTranslationCatalogues final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogueReads_data();
    void catalogueReads();
    void everyUsedStringIsPresent_data() { catalogueReads_data(); }
    void everyUsedStringIsPresent();
    void everyStringIsFinished_data() { catalogueReads_data(); }
    void everyStringIsFinished();
    void placeholdersAreKept_data() { catalogueReads_data(); }
    void placeholdersAreKept();
    void pluralsHaveEveryForm_data() { catalogueReads_data(); }
    void pluralsHaveEveryForm();
    void nothingLeftInEnglish_data() { catalogueReads_data(); }
    void nothingLeftInEnglish();
    void checkerRulesHold();

private:
    TsCatalogue load();
};

void TstTranslationCatalogues::initTestCase()
{
    QVERIFY2(QFile::exists(tsPath(QStringLiteral("en"))), qPrintable(sourceDir()));
}

void TstTranslationCatalogues::catalogueReads_data()
{
    QTest::addColumn<QString>("code");
    for (const char *code : {"ar", "zh_CN", "en", "fr", "ru", "es"}) {
        QTest::newRow(code) << QString::fromLatin1(code);
    }
}

TsCatalogue TstTranslationCatalogues::load()
{
    QFETCH(QString, code);
    return readTsCatalogue(tsPath(code));
}

void TstTranslationCatalogues::catalogueReads()
{
    QFETCH(QString, code);
    const TsCatalogue catalogue = load();
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QVERIFY(!catalogue.messages.isEmpty());
    QVERIFY2(catalogue.language.startsWith(code.left(2)), qPrintable(catalogue.language));
}

void TstTranslationCatalogues::everyUsedStringIsPresent()
{
    QString error;
    const TsCatalogue used = scanSources(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const TsCatalogue catalogue = load();
    QSet<QString> present;
    for (const TsMessage &message : catalogue.messages) {
        if (message.translationType != u"vanished" && message.translationType != u"obsolete") {
            present.insert(message.key());
        }
    }
    QStringList missing;
    for (const TsMessage &message : used.messages) {
        if (!present.contains(message.key())) {
            missing << describe(message);
        }
    }
    QSet<QString> usedKeys;
    for (const TsMessage &message : used.messages) {
        usedKeys.insert(message.key());
    }
    qsizetype stale = 0;
    for (const TsMessage &message : catalogue.messages) {
        stale += usedKeys.contains(message.key()) ? 0 : 1;
    }
    if (stale > 0) {
        // Harmless (the next lupdate drops them), but worth knowing.
        qInfo("%lld entries are no longer used by the sources", qlonglong(stale));
    }
    failWithList(QStringLiteral("strings used in the sources but missing from the catalogue "
                                "(regenerate and translate)"),
                 missing);
}

void TstTranslationCatalogues::everyStringIsFinished()
{
    QStringList problems;
    for (const TsMessage &message : load().messages) {
        if (!message.translationType.isEmpty()) {
            problems << message.translationType + u' ' + describe(message);
        } else if (message.forms.isEmpty() ||
                   std::any_of(message.forms.cbegin(), message.forms.cend(),
                               [](const QString &form) { return form.isEmpty(); })) {
            problems << QStringLiteral("empty ") + describe(message);
        }
    }
    failWithList(QStringLiteral("unfinished, vanished or empty translations"), problems);
}

void TstTranslationCatalogues::placeholdersAreKept()
{
    QStringList problems;
    for (const TsMessage &message : load().messages) {
        if (message.translationType == u"unfinished") {
            continue; // reported by everyStringIsFinished
        }
        const QStringList expected = numberedPlaceholders(message.source);
        const int expectedPlurals = message.numerus ? 0 : pluralPlaceholderCount(message.source);
        for (const QString &form : message.forms) {
            const QStringList actual = numberedPlaceholders(form);
            if (actual != expected ||
                (!message.numerus && pluralPlaceholderCount(form) != expectedPlurals)) {
                problems << QStringLiteral("%1 → \"%2\" has {%3}, source {%4}")
                                .arg(describe(message), form.left(80),
                                     actual.join(u','), expected.join(u','));
            }
        }
    }
    failWithList(QStringLiteral("translations that drop or add a placeholder"), problems);
}

void TstTranslationCatalogues::pluralsHaveEveryForm()
{
    QFETCH(QString, code);
    const int forms = pluralFormCount(code);
    QStringList problems;
    for (const TsMessage &message : load().messages) {
        if (!message.numerus || message.translationType == u"unfinished") {
            continue;
        }
        if (message.forms.size() != forms) {
            problems << QStringLiteral("%1 has %2 plural forms, %3 needs %4")
                            .arg(describe(message))
                            .arg(message.forms.size())
                            .arg(code)
                            .arg(forms);
            continue;
        }
        for (qsizetype i = 0; i < message.forms.size(); ++i) {
            if (pluralPlaceholderCount(message.forms.at(i)) == 0) {
                problems << QStringLiteral("%1: plural form %2 lacks %n")
                                .arg(describe(message))
                                .arg(i + 1);
            }
        }
    }
    failWithList(QStringLiteral("plurals with a missing form or a form without %n"), problems);
}

void TstTranslationCatalogues::nothingLeftInEnglish()
{
    QFETCH(QString, code);
    if (code == u"en") {
        QSKIP("English is the source language");
    }
    QStringList problems;
    for (const TsMessage &message : load().messages) {
        if (message.translationType == u"unfinished" || needsNoTranslation(message.source) ||
            isCognate(code, message.source)) {
            continue;
        }
        for (const QString &form : message.forms) {
            if (form == message.source) {
                problems << describe(message);
                break;
            }
        }
    }
    failWithList(QStringLiteral("translations identical to the English source"), problems);
}

// The checker itself: what it must accept and refuse.
void TstTranslationCatalogues::checkerRulesHold()
{
    QVERIFY(needsNoTranslation(QStringLiteral("%1 %2")));
    QVERIFY(needsNoTranslation(QStringLiteral("USD")));
    QVERIFY(needsNoTranslation(QStringLiteral("FundDesk")));
    QVERIFY(needsNoTranslation(QStringLiteral("funddesk backup: %1")));
    QVERIFY(!needsNoTranslation(QStringLiteral("Back up")));
    QVERIFY(!needsNoTranslation(QStringLiteral("%1 donors")));
    QVERIFY(!needsNoTranslation(QStringLiteral("Save the file as %1.csv")));
    QVERIFY(needsNoTranslation(QStringLiteral("<command> [options]")));
    QVERIFY(isCognate(QStringLiteral("fr"), QStringLiteral("Budget")));
    QVERIFY(!isCognate(QStringLiteral("ru"), QStringLiteral("Budget")));
    QCOMPARE(numberedPlaceholders(QStringLiteral("%2 of %1, %L1")),
             (QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(pluralPlaceholderCount(QStringLiteral("%n rows, %Ln cells")), 2);
    QCOMPARE(numberedPlaceholders(QStringLiteral("100%")), QStringList());
}

QTEST_GUILESS_MAIN(TstTranslationCatalogues)
#include "tst_translationcatalogues.moc"
