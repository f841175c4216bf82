#pragma once

#include "base/error.h"
#include "base/particles.h"

#include <QCoreApplication>
#include <QString>

/// The messages that every view-model may show, in one translation context ("ViewModelStatus").
class ViewModelMessages
{
    Q_DECLARE_TR_FUNCTIONS(ViewModelStatus)

public:
    /// An action was asked for before the screen was given its store.
    static QString noDatabase();
};

/// The `error` a view-model shows, and the steps that set it, so that each view-model does not retype
/// them: a failed action shows its message (and returns false), one that worked clears it. Model derives
/// from it next to QObject and declares `Q_PROPERTY(QString error READ error NOTIFY errorChanged)`;
/// errorChanged() is emitted only when the text changes.
template <typename Model> class ViewModelStatus
{
public:
    [[nodiscard]] QString error() const { return m_error; }
    /// Which input the error is about, named as the screen names it ("price"), so that the screen shows it next
    /// to that field; empty for an error about the whole form. A model that has fields declares
    /// `Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)`.
    [[nodiscard]] QString errorField() const { return m_errorField; }

protected:
    ViewModelStatus() = default;
    ~ViewModelStatus() = default;

    /// Shows error, its Korean particle pairs chosen by the words put in (particles::resolve).
    void setError(const QString &text) { setErrorAt({}, text); }
    /// Shows error as being about one field (see errorField()).
    void setErrorAt(const QString &field, const QString &text)
    {
        const QString error = madang::particles::resolve(text);
        const QString about = error.isEmpty() ? QString() : field;
        if (m_error != error || m_errorField != about) {
            m_error = error;
            m_errorField = about;
            Q_EMIT static_cast<Model *>(this)->errorChanged();
        }
    }
    /// setErrorAt(field, message); returns false.
    bool failAt(const QString &field, const QString &message)
    {
        setErrorAt(field, message);
        return false;
    }
    /// Shows message; returns false, for `return fail(...)`.
    bool fail(const QString &message)
    {
        setError(message);
        return false;
    }
    /// fail(ViewModelMessages::noDatabase()).
    bool failNoDatabase() { return fail(ViewModelMessages::noDatabase()); }
    /// Shows status's message and returns false, or clears the error and returns true.
    bool succeeded(const madang::Status &status)
    {
        if (!status) {
            return fail(status.error().message);
        }
        setError({});
        return true;
    }

private:
    QString m_error;
    QString m_errorField;
};
