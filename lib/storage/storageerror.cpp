#include "storage/storageerror.h"

namespace lede {

StorageError::StorageError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{ }

} // namespace lede
