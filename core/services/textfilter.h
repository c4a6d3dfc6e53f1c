#pragma once

#include <QString>
#include <QStringList>

namespace FundDesk::Core {

// The filter box of every table: each word typed must appear in the row's text (any field),
// ignoring case and accents, so "cote ivoire 2025" finds Côte d’Ivoire's 2025 receipts.
// Rows build their haystack once with normalized(); matching a keystroke is then cheap.
class TextFilter final
{
public:
    explicit TextFilter(const QString &query = {});

    bool isEmpty() const { return m_words.isEmpty(); }
    // The query's words, normalized.
    const QStringList &words() const { return m_words; }
    bool matches(const QString &normalizedHaystack) const;

    // Case-folded, accents and typographic apostrophes removed; fields joined by a separator.
    static QString normalized(const QString &text);
    static QString haystack(const QStringList &fields);

private:
    QStringList m_words;
};

} // namespace FundDesk::Core
