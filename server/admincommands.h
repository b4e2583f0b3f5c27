#pragma once

#include "commandline.h"

namespace Stride::Server {

// The admin subcommands of stride-store (docs/operations.md). Each prints its one result (an id,
// a code) on stdout, so scripts can capture it, and explanations on stderr. Exit status 0 on
// success, 1 when it could not be done (and nothing was changed), 2 for a mistyped command line.
namespace AdminCommands {
int createSchool(const CommandLine &line);
int addStaff(const CommandLine &line);
int importFiles(const CommandLine &line);
int loadDemo(const CommandLine &line);
int enrolDevice(const CommandLine &line);
int revokeDevice(const CommandLine &line);
// The classes a tablet serves (--class, again for each) or --whole-school; its next pull follows.
int setDeviceClasses(const CommandLine &line);
int listDevices(const CommandLine &line);
// The school's media quota in GB (--media-gb), or back to serve's default (--clear); prints its use.
int setQuota(const CommandLine &line);
// Removes the change feed below every live tablet's cursor (--school ID, or every school), letting
// tablets silent for --silent-days count as gone; new tablets then start from a snapshot.
int compactChanges(const CommandLine &line);
// Needs no store: writes a key and a self-signed certificate for `serve --tls-cert/--tls-key`.
int makeSelfSignedCertificate(const CommandLine &line);
} // namespace AdminCommands

} // namespace Stride::Server
