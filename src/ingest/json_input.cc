#include "ingest/json_input.h"

#include <cstddef>
#include <unordered_set>
#include <utility>

#include "text/utf8.h"

namespace chorus::ingest {
namespace {

using nlohmann::json;

// Strips "[json.exception.parse_error.101] ", "parse error at " and
// "; last read: '...'" from one of nlohmann's messages.
std::string short_message(std::string_view message) {
  if (const auto bracket = message.find("] "); bracket != std::string_view::npos) {
    message.remove_prefix(bracket + 2);
  }
  constexpr std::string_view kParseError = "parse error at ";
  if (message.starts_with(kParseError)) message.remove_prefix(kParseError.size());
  if (const auto last_read = message.find("; last read:"); last_read != std::string_view::npos) {
    message = message.substr(0, last_read);
  }
  return std::string(message);
}

// Tracks where the parser is (object keys, array indexes) and records keys
// that repeat within one object.
class KeyTracker {
 public:
  explicit KeyTracker(std::vector<RepeatedKey>& repeated) : repeated_(repeated) {}

  bool operator()(int /*depth*/, json::parse_event_t event, json& parsed) {
    switch (event) {
      case json::parse_event_t::object_start:
        frames_.emplace_back(/*array=*/false);
        break;
      case json::parse_event_t::array_start:
        frames_.emplace_back(/*array=*/true);
        break;
      case json::parse_event_t::key: {
        Frame& frame = frames_.back();
        frame.key = parsed.get<std::string>();
        if (!frame.keys.insert(frame.key).second) repeated_.push_back({place(), frame.key});
        break;
      }
      case json::parse_event_t::object_end:
      case json::parse_event_t::array_end:
        frames_.pop_back();
        element_done();
        break;
      case json::parse_event_t::value:
        element_done();
        break;
    }
    return true;  // keep everything; the caller decides what a repeat means
  }

 private:
  struct Frame {
    explicit Frame(bool is_array) : array(is_array) {}
    bool array;
    std::size_t index = 0;           // arrays: the element being parsed
    std::string key;                 // objects: the member being parsed
    std::unordered_set<std::string> keys;
  };

  void element_done() {
    if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
  }

  // Where the innermost object is: the keys and indexes leading to it.
  std::string place() const {
    std::string path;
    for (std::size_t i = 0; i + 1 < frames_.size(); ++i) {
      const Frame& frame = frames_[i];
      if (frame.array) {
        path += "[" + std::to_string(frame.index) + "]";
      } else {
        if (!path.empty()) path += '.';
        path += frame.key;
      }
    }
    return path;
  }

  std::vector<RepeatedKey>& repeated_;
  std::vector<Frame> frames_;
};

}  // namespace

JsonInput parse_json_input(std::string_view text) {
  JsonInput input;
  try {
    input.value = json::parse(text, KeyTracker(input.repeated_keys));
  } catch (const json::exception& error) {
    // parse_error (syntax, invalid UTF-8) and out_of_range (1e999) alike.
    input.value = nullptr;
    input.error = short_message(error.what());
    input.repeated_keys.clear();
  }
  return input;
}

std::string describe(const RepeatedKey& repeated) {
  constexpr std::size_t kKeyLimit = 60;
  std::string key(text::utf8_prefix(repeated.key, kKeyLimit));
  if (key.size() < repeated.key.size()) key += "...";
  return "`" + key + "` is given twice" + (repeated.in.empty() ? "" : " in " + repeated.in);
}

}  // namespace chorus::ingest
