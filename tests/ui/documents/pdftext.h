#pragma once

// The text of a PDF as pdftotext extracts it, normalised as ../shared/qt-notes.md says: NFKC
// (Arabic presentation forms back to letters) and without the bidi control characters.

#include <QProcess>
#include <QString>

namespace DocumentTest {

inline QString normalised(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    text.removeIf([](QChar c) {
        return (c.unicode() >= 0x202A && c.unicode() <= 0x202E) || c.unicode() == 0x200E
               || c.unicode() == 0x200F || (c.unicode() >= 0x2066 && c.unicode() <= 0x2069);
    });
    return text;
}

// Empty when pdftotext is missing or fails.
inline QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return {};
    }
    return normalised(QString::fromUtf8(process.readAllStandardOutput()));
}

// One line of pdftotext per run of text: joins words split across lines for searching.
inline QString squashed(const QString &text)
{
    return text.simplified();
}

} // namespace DocumentTest
