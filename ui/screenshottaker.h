#pragma once

#include <QDir>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class QDialog;
class QWidget;

namespace Kempt {

class MainWindow;

// Walks through the main screens and saves a PNG of each (for the README and for
// checking layouts, also right-to-left). Each step gets time to settle through a timer,
// so the event loop keeps running normally.
class ScreenshotTaker : public QObject
{
    Q_OBJECT
public:
    ScreenshotTaker(MainWindow *window, const QString &directory, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void done(bool ok);

private:
    void next();
    void shoot(QWidget *widget, const QString &name);
    void closeDialog();
    int richContactRow() const;

    QPointer<MainWindow> m_window;
    QDir m_dir;
    QList<std::function<void()>> m_steps;
    QPointer<QDialog> m_dialog;
    bool m_ok = true;
    int m_savedViews = 0;
};

} // namespace Kempt
