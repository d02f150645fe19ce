#pragma once

#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>
#include <deque>

namespace Kempt {

// A bounded hand-over between the audit's threads: producers wait while it is full, so
// memory stays flat however many records there are. close() ends the stream (consumers
// drain what is left); abort() also drops it and releases every waiting thread.
template<typename T>
class BlockQueue
{
public:
    explicit BlockQueue(int capacity)
        : m_capacity(capacity)
    {
    }

    // false when the queue was closed or aborted: the producer stops.
    bool push(T &&item)
    {
        QMutexLocker lock(&m_mutex);
        while (int(m_items.size()) >= m_capacity && !m_closed)
            m_notFull.wait(&m_mutex);
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.wakeOne();
        return true;
    }

    // false when nothing is left and nothing more will come.
    bool pop(T *item)
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.empty() && !m_closed)
            m_notEmpty.wait(&m_mutex);
        if (m_items.empty())
            return false;
        *item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.wakeOne();
        return true;
    }

    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_notEmpty.wakeAll();
        m_notFull.wakeAll();
    }

    void abort()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_items.clear();
        m_notEmpty.wakeAll();
        m_notFull.wakeAll();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    std::deque<T> m_items;
    int m_capacity;
    bool m_closed = false;
};

} // namespace Kempt
