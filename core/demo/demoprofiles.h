#pragma once

#include <QString>

namespace Stride {

class MediaStore;
class Store;

// The demo school's one-page profiles for families (seed 004's "Unique Profiles"): a few photos of
// the autumn term (drawn for the demo: no real child is in them) and the highlights Oak's teacher
// chose for Oliver, Ruby and Evie. One of Ruby's photos has Amira in it, whose consent is for use
// in school only, so it goes home as words; one of Oliver's highlights has no caption for the
// family yet, so the picker asks for one. The photos need a media store, so this is the tablet's
// part of the demo (DemoSchool, which the school's store also loads, has no files to send).
namespace DemoProfiles {

// Adds them to a store the demo school was just loaded into. Empty when done (or when it is not
// the demo school), else why not.
QString add(Store &store, MediaStore &media);

} // namespace DemoProfiles

} // namespace Stride
