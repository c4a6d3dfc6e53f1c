#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace FundDesk::Ui {

class BackgroundReader;
class FilterProxyModel;
class LoadingLine;

// A table as every page shows one: a heading, a filter box, the sortable view, a totals line
// and a row of buttons. Keys on the table: Insert adds, Enter (or a double-click) edits,
// Delete deletes; the owner decides what each means.
class TablePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TablePanel(QAbstractItemModel *model, QWidget *parent = nullptr);

    // The heading, also the accessible name of the table and of its filter box.
    void setTitle(const QString &title);
    QLabel *heading() const { return m_heading; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    FilterProxyModel *proxy() const { return m_proxy; }
    QLabel *totalsLabel() const { return m_totals; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    // Export CSV… (Ctrl+Shift+E): the visible rows and columns, as TableCsvExport writes them.
    QPushButton *exportButton() const { return m_export; }
    void exportCsv();
    // Places another button after Delete (e.g. History…).
    void addExtraButton(QPushButton *button);

    // The source row of the current row, or -1.
    int currentSourceRow() const;
    // The source rows the filter lets through, in view order.
    QList<int> visibleSourceRows() const;
    // The IdRole of the current row (0 when none); selectId() makes that row current again.
    qint64 currentId() const;
    void selectId(qint64 id);

    void focusFilter();

    // Shows the reader's background reads (issue 11): while one runs, a line above the table
    // says the rows are loading, with a busy bar and Cancel (Esc), and the table, filter and
    // buttons are disabled; after Cancel the line offers Load again, which emits
    // reloadRequested(). Synchronous reads (small funds) show nothing.
    void watch(BackgroundReader *reader);
    bool isLoading() const;
    LoadingLine *loadingLine() const { return m_loading; }

signals:
    void addRequested();
    void editRequested();
    void deleteRequested();
    // The visible rows changed (filter typed, model reloaded): totals are due.
    void rowsShownChanged();
    // Load again was pressed after a cancelled read: the owner reloads.
    void reloadRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    void retranslateUi();

    QLabel *m_heading = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    FilterProxyModel *m_proxy = nullptr;
    QLabel *m_totals = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    LoadingLine *m_loading = nullptr;
    QWidget *m_body = nullptr; // filter, table, totals, buttons: disabled while loading
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace FundDesk::Ui
