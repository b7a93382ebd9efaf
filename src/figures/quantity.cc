#include "figures/quantity.h"

namespace chorus::figures {

std::string_view dimension_name(Dimension dimension) {
  switch (dimension) {
    case Dimension::kCount: return "count";
    case Dimension::kPercent: return "percent";
    case Dimension::kPoints: return "points";
    case Dimension::kLength: return "length";
    case Dimension::kArea: return "area";
    case Dimension::kVolume: return "volume";
    case Dimension::kMass: return "mass";
    case Dimension::kMoney: return "money";
    case Dimension::kDuration: return "duration";
    case Dimension::kPower: return "power";
    case Dimension::kSpeed: return "speed";
    case Dimension::kTemperature: return "temperature";
  }
  return "count";
}

std::string_view approximation_name(Approximation approximation) {
  switch (approximation) {
    case Approximation::kExact: return "exact";
    case Approximation::kAbout: return "about";
    case Approximation::kNearly: return "nearly";
    case Approximation::kBelow: return "at-most";
    case Approximation::kAbove: return "at-least";
    case Approximation::kRange: return "range";
    case Approximation::kVague: return "vague";
  }
  return "exact";
}

std::string_view event_name(Event event) {
  switch (event) {
    case Event::kNone: return "";
    case Event::kDeath: return "dead";
    case Event::kInjury: return "injured";
    case Event::kMissing: return "missing";
    case Event::kDisplaced: return "displaced";
    case Event::kArrest: return "arrested";
  }
  return "";
}

}  // namespace chorus::figures
