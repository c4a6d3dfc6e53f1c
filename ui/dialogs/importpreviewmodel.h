#pragma once

#include "core/io/importer.h"

#include <QAbstractTableModel>
#include <QHash>

namespace FundDesk::Ui {

// The rows of a checked CSV file as the import dialog previews them: the file's line, its
// fields under the file's own header, and the problems found on that line.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const Core::ImportPreview &preview);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Core::CsvDocument m_document;
    QHash<int, QStringList> m_problems; // by line
};

} // namespace FundDesk::Ui
