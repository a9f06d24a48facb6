// One pipeline stage: reads a Document and adds its layer. Stages are built
// once from the (immutable) lexicon and shared by every thread, so Process
// must not mutate the stage.
#pragma once

#include <string_view>

#include "extractor/document.h"
#include "extractor/status.h"

namespace diplograph {

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  virtual Status Process(Document& doc) const = 0;
};

}  // namespace diplograph
