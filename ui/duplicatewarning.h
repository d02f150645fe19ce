#pragma once

#include "dedup/duplicatechecker.h"
#include "domain/contact.h"

#include <QFrame>
#include <QHash>
#include <QPointer>
#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTimer;

namespace Kempt {

class Workspace;

// The duplicate warning of the contact editor: while a contact is typed or edited, it
// is checked against the workspace after each pause in typing (DuplicateChecker: the
// stored index, not a scan, so a check stays cheap at any size), and when it looks like
// someone already there a strip says "Possible duplicate of Ann Lee (same e-mail
// address)" with Open It, Merge and Save Anyway. Without a match it is not shown at all.
class DuplicateWarning : public QFrame
{
    Q_OBJECT
public:
    using Source = std::function<Contact()>;

    explicit DuplicateWarning(Workspace *workspace, QWidget *parent = nullptr);
    ~DuplicateWarning() override;

    void setSource(const Source &source) { m_source = source; }
    // Checks after a short pause (typing), or at once.
    void schedule();
    void checkNow();
    // Hides the warning about the match shown until the contact matches someone else.
    void dismiss();
    // A check is waiting for the pause in typing to end.
    bool isPending() const;

    bool hasMatch() const { return !m_matches.isEmpty(); }
    QList<DuplicateChecker::Match> matches() const { return m_matches; }
    qint64 matchId() const { return m_matches.isEmpty() ? 0 : m_matches.first().contactId; }
    QString matchName() const;
    QLabel *textLabel() const { return m_text; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *saveButton() const { return m_save; }

    // "same e-mail address and similar name": the strongest evidence for a match.
    static QString reason(const PairExplanation &explanation);

    // Workspaces bigger than this get their index from the first scan rather than from
    // the editor, whose check must not stall the window while the index is built.
    static constexpr qint64 MaxContactsToIndexHere = 50000;

Q_SIGNALS:
    void openRequested(qint64 contactId);
    void mergeRequested(qint64 contactId);
    void saveAnywayRequested();
    // After every check, also without a match.
    void checked();

private:
    bool ensureChecker();
    QString nameOf(qint64 contactId);
    void showMatches();

    QPointer<Workspace> m_workspace;
    Source m_source;
    std::unique_ptr<DuplicateChecker> m_checker;
    bool m_unavailable = false;
    QList<DuplicateChecker::Match> m_matches;
    QHash<qint64, QString> m_names;
    qint64 m_dismissed = 0;
    QTimer *m_timer;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_open;
    QPushButton *m_merge;
    QPushButton *m_save;
};

} // namespace Kempt
