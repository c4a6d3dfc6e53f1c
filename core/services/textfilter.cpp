#include "core/services/textfilter.h"

namespace FundDesk::Core {

namespace {

// Apostrophes people type or paste in names ("Côte d’Ivoire", "Cote d'Ivoire", "N`Djamena"):
// dropped, so each spelling finds the others.
bool isApostrophe(QChar c)
{
    switch (c.unicode()) {
    case 0x0027: // ' apostrophe
    case 0x0060: // ` grave accent
    case 0x02BC: // ʼ modifier letter apostrophe
    case 0x2018: // ‘ left single quotation mark
    case 0x2019: // ’ right single quotation mark
        return true;
    default:
        return false;
    }
}

} // namespace

TextFilter::TextFilter(const QString &query)
    : m_words(normalized(query).split(u' ', Qt::SkipEmptyParts))
{}

bool TextFilter::matches(const QString &normalizedHaystack) const
{
    // Called for every row on every keystroke: the words were normalized once, and contains()
    // compares in place without allocating.
    for (const QString &word : m_words) {
        if (!normalizedHaystack.contains(word)) {
            return false;
        }
    }
    return true;
}

QString TextFilter::normalized(const QString &text)
{
    // Compatibility decomposition splits "é" into "e" + a combining accent and folds
    // ligatures, full-width forms and Arabic presentation forms to their plain letters.
    const QString folded = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString result;
    result.reserve(folded.size());
    bool pendingSpace = false;
    for (const QChar c : folded) {
        if (c.category() == QChar::Mark_NonSpacing || isApostrophe(c)) {
            continue;
        }
        if (c.isSpace()) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace) {
            result.append(u' ');
            pendingSpace = false;
        }
        // Qt folds case one character to one, so ß stays ß; fold it fully so that "Straße"
        // and "STRASSE" find each other.
        if (c == u'\u00DF') {
            result.append(u"ss");
        } else {
            result.append(c);
        }
    }
    return result;
}

QString TextFilter::haystack(const QStringList &fields)
{
    // A newline never occurs in a word of the query, so no word can match across two fields.
    QString result;
    for (const QString &field : fields) {
        if (!result.isEmpty()) {
            result.append(u'\n');
        }
        result.append(normalized(field));
    }
    return result;
}

} // namespace FundDesk::Core
