#include "duplicatewarning.h"
#include "alignment.h"

#include "dedup/contactduprecord.h"
#include "dedup/dedupkeyindex.h"
#include "dedup/matchfield.h"
#include "storage/workspace.h"
#include "stores/contactstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <algorithm>

namespace Kempt {

namespace {

constexpr int TypingPauseMs = 350;
constexpr double MeaningfulBits = 1.0;
constexpr int MostReasons = 3;

} // namespace

DuplicateWarning::DuplicateWarning(Workspace *workspace, QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
    , m_timer(new QTimer(this))
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_open(new QPushButton(tr("Open It"), this))
    , m_merge(new QPushButton(tr("Merge"), this))
    , m_save(new QPushButton(tr("Save Anyway"), this))
{
    setObjectName(QStringLiteral("duplicateWarning"));
    setStyleSheet(QStringLiteral("#duplicateWarning { background: #fffaeb; border: 1px solid #fedf89; border-radius: 4px; }"
                                 "#duplicateWarning > QLabel { color: #7a2e0e; }"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(18, 18));
    m_text->setObjectName(QStringLiteral("duplicateText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(leadingEdge() | Qt::AlignVCenter);
    m_open->setObjectName(QStringLiteral("openDuplicate"));
    m_merge->setObjectName(QStringLiteral("mergeDuplicate"));
    m_save->setObjectName(QStringLiteral("saveAnyway"));
    m_open->setToolTip(tr("Open the contact already in the workspace, on top of this one"));
    m_merge->setToolTip(tr("Save this contact and merge it with the one already in the workspace; Edit ▸ Undo takes it back"));
    m_save->setToolTip(tr("Save this contact as a record of its own"));
    for (QPushButton *b : {m_open, m_merge, m_save})
        b->setAutoDefault(false);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(matchId()); });
    connect(m_merge, &QPushButton::clicked, this, [this] { Q_EMIT mergeRequested(matchId()); });
    connect(m_save, &QPushButton::clicked, this, &DuplicateWarning::saveAnywayRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 8, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_merge);
    layout->addWidget(m_save);

    m_timer->setSingleShot(true);
    m_timer->setInterval(TypingPauseMs);
    connect(m_timer, &QTimer::timeout, this, &DuplicateWarning::checkNow);
    hide();
}

DuplicateWarning::~DuplicateWarning() = default;

void DuplicateWarning::schedule()
{
    m_timer->start();
}

bool DuplicateWarning::isPending() const
{
    return m_timer->isActive();
}

bool DuplicateWarning::ensureChecker()
{
    if (m_unavailable || !m_workspace || !m_workspace->isOpen())
        return false;
    if (m_checker)
        return true;
    QSqlDatabase db = m_workspace->db();
    // Building the index of a big workspace takes a while; the first scan does it.
    if (!DedupKeyIndex::isBuilt(db) && ContactStore(db).count() > MaxContactsToIndexHere) {
        m_unavailable = true;
        return false;
    }
    auto checker = std::make_unique<DuplicateChecker>(db);
    if (!checker->open()) {
        m_unavailable = true;
        return false;
    }
    m_checker = std::move(checker);
    return true;
}

void DuplicateWarning::checkNow()
{
    m_timer->stop();
    QList<DuplicateChecker::Match> found;
    if (m_source) {
        const DupRecord record = ContactDupRecord::from(m_source());
        if (ContactDupRecord::isCheckable(record) && ensureChecker() && !m_checker->check(record, &found))
            found.clear();
    }
    m_matches = found;
    showMatches();
    Q_EMIT checked();
}

void DuplicateWarning::dismiss()
{
    m_dismissed = matchId();
    hide();
}

QString DuplicateWarning::nameOf(qint64 contactId)
{
    if (!m_names.contains(contactId)) {
        std::optional<Contact> c;
        if (m_workspace && m_workspace->isOpen())
            c = ContactStore(m_workspace->db()).load(contactId);
        m_names.insert(contactId, c ? c->effectiveDisplayName() : QString());
    }
    const QString name = m_names.value(contactId);
    return name.isEmpty() ? tr("contact %1").arg(contactId) : name;
}

QString DuplicateWarning::matchName() const
{
    return m_matches.isEmpty() ? QString() : const_cast<DuplicateWarning *>(this)->nameOf(matchId());
}

void DuplicateWarning::showMatches()
{
    if (m_matches.isEmpty() || matchId() == m_dismissed) {
        if (m_matches.isEmpty())
            m_dismissed = 0;
        hide();
        return;
    }
    const DuplicateChecker::Match &best = m_matches.first();
    QString text = tr("<b>Possible duplicate of %1</b> (%2).").arg(nameOf(best.contactId).toHtmlEscaped(),
                                                                   reason(best.explanation).toHtmlEscaped());
    if (m_matches.size() > 1) {
        QStringList others;
        for (int i = 1; i < m_matches.size(); ++i)
            others << nameOf(m_matches.at(i).contactId);
        const int more = int(m_matches.size()) - 1;
        text += QStringLiteral(" ") + (more == 1 ? tr("%Ln other contact looks alike too.", nullptr, 1)
                                                 : tr("%Ln other contacts look alike too.", nullptr, more));
        m_text->setToolTip(tr("Also like: %1").arg(QLocale().createSeparatedList(others)));
    } else {
        m_text->setToolTip(best.explanation.toText(QString()).trimmed());
    }
    m_text->setText(text);
    show();
}

QString DuplicateWarning::reason(const PairExplanation &explanation)
{
    QList<PairExplanation::Evidence> evidence;
    for (const PairExplanation::Evidence &e : explanation.evidence)
        if (e.weight >= MeaningfulBits)
            evidence << e;
    std::stable_sort(evidence.begin(), evidence.end(), [](const auto &a, const auto &b) { return a.weight > b.weight; });
    using F = MatchField;
    QStringList parts;
    bool nameSaid = false;
    for (const PairExplanation::Evidence &e : std::as_const(evidence)) {
        QString part;
        switch (e.field) {
        case F::Given:
        case F::Surname: {
            if (nameSaid)
                break;
            nameSaid = true;
            int exact = 0;
            for (const auto &n : evidence)
                exact += (n.field == F::Given || n.field == F::Surname) && n.level == 1 ? 1 : 0;
            part = exact == 2 ? tr("same name") : tr("similar name");
            break;
        }
        case F::Email:
            part = e.level == F::EmailExact ? tr("same e-mail address") : tr("similar e-mail address");
            break;
        case F::Phone:
            part = e.level == F::PhoneExact ? tr("same phone number") : tr("almost the same phone number");
            break;
        case F::Company:
            part = e.level == F::TextExact ? tr("same company") : tr("similar company");
            break;
        case F::Birthday:
            part = e.level == F::BirthdayExact ? tr("same birthday") : tr("nearly the same birthday");
            break;
        case F::Street:
            part = tr("same street address");
            break;
        default:
            break;
        }
        if (!part.isEmpty() && !parts.contains(part))
            parts << part;
        if (parts.size() == MostReasons)
            break;
    }
    if (parts.isEmpty())
        return tr("similar details");
    return QLocale().createSeparatedList(parts);
}

} // namespace Kempt
