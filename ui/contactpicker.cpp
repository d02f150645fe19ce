#include "contactpicker.h"

#include "itemmodels/recordtablemodel.h"
#include "storage/workspace.h"
#include "stores/contactstore.h"

#include <QCompleter>
#include <QHeaderView>
#include <QTreeView>

namespace Kempt {

ContactPicker::ContactPicker(Workspace *workspace, QWidget *parent)
    : QLineEdit(parent)
    , m_workspace(workspace)
    , m_matches(new RecordTableModel(workspace, Entity::Contact, this))
    , m_completer(new QCompleter(this))
{
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Type a name, e-mail or company"));
    m_matches->setColumns({QStringLiteral("display_name"), QStringLiteral("email"), QStringLiteral("company")});
    Filter none(Entity::Contact);
    none.ids = QList<qint64>(); // nothing until something is typed
    m_matches->setFilter(none);
    m_completer->setModel(m_matches);
    m_completer->setCompletionColumn(std::max(0, m_matches->columnOf(QStringLiteral("display_name"))));
    // The model searches; the completer only shows what it found.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(10);
    auto *popup = new QTreeView;
    popup->setRootIsDecorated(false);
    popup->setHeaderHidden(true);
    popup->setUniformRowHeights(true);
    popup->setSelectionBehavior(QAbstractItemView::SelectRows);
    popup->header()->setStretchLastSection(true);
    m_completer->setPopup(popup);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { pick(index.row()); });
    connect(this, &QLineEdit::textEdited, this, &ContactPicker::search);
}

void ContactPicker::search(const QString &text)
{
    m_id = 0;
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return;
    Filter f(Entity::Contact);
    f.search = typed;
    m_matches->setFilter(f);
    if (m_matches->rowCount() > 0) {
        auto *popup = static_cast<QTreeView *>(m_completer->popup());
        popup->header()->resizeSections(QHeaderView::ResizeToContents);
        m_completer->complete(rect().adjusted(0, 0, std::max(0, 420 - width()), 0));
    }
}

void ContactPicker::pick(int row)
{
    if (row < 0 || row >= m_matches->rowCount())
        return;
    m_id = m_matches->idAt(row);
    const QString name = m_matches->index(row, std::max(0, m_matches->columnOf(QStringLiteral("display_name")))).data().toString();
    setText(name);
    Q_EMIT contactChosen(m_id, name);
}

void ContactPicker::setContactId(qint64 id)
{
    m_id = id > 0 ? id : 0;
    setText(m_id ? nameOf(m_workspace, m_id) : QString());
}

QString ContactPicker::nameOf(Workspace *workspace, qint64 contactId)
{
    if (!workspace || !workspace->isOpen() || contactId <= 0)
        return {};
    const std::optional<Contact> c = ContactStore(workspace->db()).load(contactId);
    return c ? c->effectiveDisplayName() : QString();
}

} // namespace Kempt
