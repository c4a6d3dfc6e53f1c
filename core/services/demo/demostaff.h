#pragma once

#include "core/domain/result.h"
#include "core/services/demo/demoworkflow.h"

namespace FundDesk::Core {
class ProfileService;
} // namespace FundDesk::Core

namespace FundDesk::Core::Demo {

// Adds the demo's four profiles (¶15, ¶18) through the profile service.
Result<DemoStaff> addDemoStaff(ProfileService &profiles);

} // namespace FundDesk::Core::Demo
