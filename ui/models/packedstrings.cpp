#include "ui/models/packedstrings.h"

namespace FundDesk::Ui {

qint32 PackedStrings::append(const QString &text)
{
    m_bytes.append(text.toUtf8());
    m_ends.append(qint32(m_bytes.size()));
    return qint32(m_ends.size() - 1);
}

QString PackedStrings::at(qint32 number) const
{
    if (number < 0 || number >= m_ends.size()) {
        return {};
    }
    const qint32 begin = number == 0 ? 0 : m_ends.at(number - 1);
    return QString::fromUtf8(m_bytes.constData() + begin, m_ends.at(number) - begin);
}

PackedStrings PackedStrings::permuted(const std::vector<int> &order) const
{
    PackedStrings result;
    result.reserve(qsizetype(order.size()), m_bytes.size());
    for (const int number : order) {
        const qint32 begin = number == 0 ? 0 : m_ends.at(number - 1);
        result.m_bytes.append(m_bytes.constData() + begin, m_ends.at(number) - begin);
        result.m_ends.append(qint32(result.m_bytes.size()));
    }
    return result;
}

void PackedStrings::reserve(qsizetype count, qsizetype bytes)
{
    m_ends.reserve(count);
    m_bytes.reserve(bytes);
}

void PackedStrings::squeeze()
{
    m_ends.squeeze();
    m_bytes.squeeze();
}

} // namespace FundDesk::Ui
