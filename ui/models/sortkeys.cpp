#include "ui/models/sortkeys.h"

#include <QDate>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

namespace FundDesk::Ui {

namespace {

enum class SortKeyKind { Integer, Date, DateTime, Real, Text };

SortKeyKind sortKeyKindOf(const QList<QVariant> &values)
{
    for (const QVariant &value : values) {
        if (!value.isValid()) {
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            return SortKeyKind::Integer;
        case QMetaType::QDate:
            return SortKeyKind::Date;
        case QMetaType::QDateTime:
            return SortKeyKind::DateTime;
        case QMetaType::Float:
        case QMetaType::Double:
            return SortKeyKind::Real;
        default:
            return SortKeyKind::Text;
        }
    }
    return SortKeyKind::Integer;
}

// Ranks of values that only compare: equal values share a rank. `index` gives each row's
// value number (-1: empty), `less` orders two value numbers.
template <typename Less>
QList<qint64> ranksOf(const QList<int> &index, int valueCount, Less less)
{
    std::vector<int> order(std::size_t(valueCount), 0);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), less);
    std::vector<qint64> rank(std::size_t(valueCount), 0);
    qint64 current = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && less(order[i - 1], order[i])) {
            ++current;
        }
        rank[std::size_t(order[i])] = current;
    }
    QList<qint64> keys;
    keys.reserve(index.size());
    for (const int value : index) {
        keys.append(value < 0 ? SortKeys::Empty : rank[std::size_t(value)]);
    }
    return keys;
}

QList<qint64> textKeys(const QList<QVariant> &values, const QCollator &collator)
{
    // Many rows share a text (a donor's name, a State): each distinct text is collated once.
    QHash<QString, int> numberOf;
    std::vector<QCollatorSortKey> sortKeys;
    QList<int> index;
    index.reserve(values.size());
    for (const QVariant &value : values) {
        if (!value.isValid()) {
            index.append(-1);
            continue;
        }
        const QString text = value.toString();
        auto found = numberOf.constFind(text);
        if (found == numberOf.constEnd()) {
            found = numberOf.insert(text, int(sortKeys.size()));
            sortKeys.push_back(collator.sortKey(text));
        }
        index.append(*found);
    }
    return ranksOf(index, int(sortKeys.size()),
                   [&sortKeys](int a, int b) { return sortKeys[std::size_t(a)].compare(
                                                          sortKeys[std::size_t(b)]) < 0; });
}

QList<qint64> realKeys(const QList<QVariant> &values)
{
    std::vector<double> reals;
    QList<int> index;
    index.reserve(values.size());
    for (const QVariant &value : values) {
        if (!value.isValid()) {
            index.append(-1);
            continue;
        }
        index.append(int(reals.size()));
        reals.push_back(value.toDouble());
    }
    return ranksOf(index, int(reals.size()), [&reals](int a, int b) {
        return reals[std::size_t(a)] < reals[std::size_t(b)];
    });
}

} // namespace

QList<qint64> SortKeys::compute(const QList<QVariant> &values, const QCollator &collator)
{
    const SortKeyKind kind = sortKeyKindOf(values);
    if (kind == SortKeyKind::Text) {
        return textKeys(values, collator);
    }
    if (kind == SortKeyKind::Real) {
        return realKeys(values);
    }
    QList<qint64> keys;
    keys.reserve(values.size());
    for (const QVariant &value : values) {
        if (!value.isValid()) {
            keys.append(Empty);
        } else if (kind == SortKeyKind::Date) {
            keys.append(value.toDate().toJulianDay());
        } else if (kind == SortKeyKind::DateTime) {
            keys.append(value.toDateTime().toMSecsSinceEpoch());
        } else {
            keys.append(value.toLongLong());
        }
    }
    return keys;
}

} // namespace FundDesk::Ui
