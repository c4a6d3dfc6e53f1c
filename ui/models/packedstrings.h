#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace FundDesk::Ui {

// Many short strings in one UTF-8 buffer, each found by its number: a text only one row has
// (a payment's reference) costs its bytes and an offset, not a QString of its own (24 bytes
// in the row plus an allocation of 60 or so). Read back as a QString only when shown.
class PackedStrings final
{
public:
    // Appends text; returns its number (0, 1, 2 …).
    qint32 append(const QString &text);
    QString at(qint32 number) const;
    qsizetype size() const { return m_ends.size(); }
    qsizetype byteSize() const { return m_bytes.size(); } // of every string's UTF-8
    void reserve(qsizetype count, qsizetype bytes);
    // The strings in another order: the result's i-th is this one's order[i]-th.
    PackedStrings permuted(const std::vector<int> &order) const;
    void squeeze();

private:
    QByteArray m_bytes;
    QList<qint32> m_ends; // offset after each string; the next one starts there
};

} // namespace FundDesk::Ui
