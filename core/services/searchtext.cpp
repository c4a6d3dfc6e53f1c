#include "core/services/searchtext.h"

#include <QBitArray>

#include <algorithm>
#include <cstring>
#include <numeric>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace FundDesk::Core {

// Anonymous-namespace names are specific: core is built as a unity build.
namespace {

QList<QByteArray> searchTextWords(const TextFilter &filter)
{
    QList<QByteArray> words;
    for (const QString &word : filter.words()) {
        words.append(word.toUtf8());
    }
    // The longest word first: it matches fewest rows, so the others are checked least.
    std::stable_sort(words.begin(), words.end(),
                     [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    return words;
}

// The first place of `word` (not empty) in [text, text + size), or nullptr. With SSE2 it
// tests 16 places at once for the word's first and last bytes and compares the rest only
// where both match: several times glibc's memmem for the short words people type.
const char *searchTextFind(const char *text, qsizetype size, const QByteArray &word)
{
    const qsizetype length = word.size();
    const char *needle = word.constData();
    if (length == 0 || length > size) {
        return length == 0 ? text : nullptr;
    }
    if (length == 1) {
        return static_cast<const char *>(::memchr(text, needle[0], std::size_t(size)));
    }
    qsizetype at = 0;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i last = _mm_set1_epi8(needle[length - 1]);
    for (; at + length - 1 + 16 <= size; at += 16) {
        const __m128i firsts = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + at));
        const __m128i lasts =
            _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + at + length - 1));
        auto mask = unsigned(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi8(firsts, first), _mm_cmpeq_epi8(lasts, last))));
        while (mask != 0) {
            const char *place = text + at + __builtin_ctz(mask);
            if (std::memcmp(place + 1, needle + 1, std::size_t(length - 2)) == 0) {
                return place;
            }
            mask &= mask - 1;
        }
    }
#endif
    for (; at + length <= size; ++at) {
        if (text[at] == needle[0] &&
            std::memcmp(text + at + 1, needle + 1, std::size_t(length - 1)) == 0) {
            return text + at;
        }
    }
    return nullptr;
}

bool searchTextContains(const char *text, qsizetype size, const QByteArray &word)
{
    return searchTextFind(text, size, word) != nullptr;
}

} // namespace

void SearchText::addField(const QString &text, bool shared)
{
    // As TextFilter::haystack(): a separator once the row has text. No word of a query holds
    // a newline, so none matches across two fields.
    const qsizetype rowStart = m_ends.isEmpty() ? 0 : m_ends.constLast();
    if (m_text.size() > rowStart) {
        m_text.append('\n');
    }
    if (!shared) {
        m_text.append(TextFilter::normalized(text).toUtf8());
        return;
    }
    auto it = m_sharedFields.constFind(text);
    if (it == m_sharedFields.constEnd()) {
        it = m_sharedFields.insert(text, TextFilter::normalized(text).toUtf8());
    }
    m_text.append(*it);
}

void SearchText::endRow()
{
    m_text.append('\0');
    m_ends.append(m_text.size());
}

void SearchText::reserve(qsizetype rows, qsizetype bytes)
{
    m_ends.reserve(rows);
    m_text.reserve(bytes);
}

void SearchText::finish()
{
    m_sharedFields = {};
    m_text.squeeze();
    m_ends.squeeze();
}

QList<int> SearchText::matchingRows(const TextFilter &filter) const
{
    QList<int> rows;
    if (filter.isEmpty()) {
        rows.resize(m_ends.size());
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }
    const QList<QByteArray> words = searchTextWords(filter);
    const QByteArray &first = words.constFirst();
    const char *text = m_text.constData();
    // Up to the last row ended: a row being built (fields added, no endRow()) is not one yet.
    const qsizetype size = m_ends.isEmpty() ? 0 : m_ends.constLast();
    qsizetype position = 0;
    int row = 0;
    // One pass over the whole buffer for the first word; each hit names its row
    // (the rows' ends ascend with the hits), whose other words are then checked.
    while (position < size) {
        const char *hit = searchTextFind(text + position, size - position, first);
        if (!hit) {
            break;
        }
        const qsizetype offset = hit - text;
        while (m_ends.at(row) <= offset) {
            ++row;
        }
        const qsizetype begin = row == 0 ? 0 : m_ends.at(row - 1);
        const qsizetype length = m_ends.at(row) - 1 - begin;
        const bool all = std::all_of(words.cbegin() + 1, words.cend(), [&](const QByteArray &w) {
            return searchTextContains(text + begin, length, w);
        });
        if (all) {
            rows.append(row);
        }
        position = m_ends.at(row);
        ++row;
        if (row >= m_ends.size()) {
            break;
        }
    }
    return rows;
}

QList<int> SearchText::matchingRows(const TextFilter &filter, const QList<int> &rows) const
{
    if (filter.isEmpty()) {
        return rows;
    }
    QList<int> kept;
    kept.reserve(rows.size());
    // Many rows (typing on after the first letter): one pass over the whole buffer costs less
    // than a search per row.
    if (rows.size() > m_ends.size() / 4) {
        QBitArray matching(m_ends.size());
        for (const int row : matchingRows(filter)) {
            matching.setBit(row);
        }
        for (const int row : rows) {
            if (row >= 0 && row < m_ends.size() && matching.testBit(row)) {
                kept.append(row);
            }
        }
        return kept;
    }
    const QList<QByteArray> words = searchTextWords(filter);
    const char *text = m_text.constData();
    for (const int row : rows) {
        if (row < 0 || row >= m_ends.size()) {
            continue;
        }
        const qsizetype begin = row == 0 ? 0 : m_ends.at(row - 1);
        const qsizetype length = m_ends.at(row) - 1 - begin;
        if (std::all_of(words.cbegin(), words.cend(), [&](const QByteArray &w) {
                return searchTextContains(text + begin, length, w);
            })) {
            kept.append(row);
        }
    }
    return kept;
}

bool SearchText::rowMatches(int row, const TextFilter &filter) const
{
    return !matchingRows(filter, QList<int>{row}).isEmpty();
}

QString SearchText::rowText(int row) const
{
    if (row < 0 || row >= m_ends.size()) {
        return {};
    }
    const qsizetype begin = row == 0 ? 0 : m_ends.at(row - 1);
    return QString::fromUtf8(m_text.constData() + begin, m_ends.at(row) - 1 - begin);
}

} // namespace FundDesk::Core
