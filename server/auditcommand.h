#pragma once

#include "commandline.h"

namespace Stride::Server {

// `stride-store audit --pupil ID | --staff ID [--since YYYY-MM-DD]`: the audit log of one pupil
// or member of staff (AuditReport), on stdout. A full name, a pupil's UPN or a person's email does
// instead of the id when only one matches. Exit status 0 when printed (also when the log holds
// nothing for them, which it says), 1 for someone the store does not have, 2 for a mistyped command.
namespace AuditCommand {
int run(const CommandLine &line);
} // namespace AuditCommand

} // namespace Stride::Server
