#include "ingest/curl_library.h"

#include <dlfcn.h>

#include <mutex>
#include <string>
#include <string_view>
#include <type_traits>

#include "chorus/error.h"

namespace chorus::ingest {
namespace {

// The soname of libcurl4 (Debian's libcurl4-openssl); the unversioned name,
// which only the -dev package installs, is tried after it.
constexpr const char* kSoname = "libcurl.so.4";
constexpr const char* kDevName = "libcurl.so";
constexpr std::string_view kInstall = "; install libcurl4";

// The variadic two must stay variadic: a call through a non-variadic
// pointer to them would pass arguments where they do not look.
static_assert(std::is_same_v<decltype(CurlLibrary::easy_setopt), CURLcode (*)(CURL*, CURLoption, ...)>);
static_assert(std::is_same_v<decltype(CurlLibrary::easy_getinfo), CURLcode (*)(CURL*, CURLINFO, ...)>);

// dlerror()'s text, on one line, or `fallback` when it has none.
std::string last_dl_error(std::string_view fallback) {
  const char* text = ::dlerror();
  std::string message = text != nullptr && *text != '\0' ? text : std::string(fallback);
  for (char& c : message) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return message;
}

struct Loaded {
  CurlLibrary library{};
  std::string problem;  // why libcurl cannot be used; "" when it can
};

// Sets `pointer` to the function `name` in `handle`; false (and `problem`
// set) when the library lacks it.
template <typename Function>
bool resolve(void* handle, const char* name, Function*& pointer, std::string& problem) {
  ::dlerror();  // clear any earlier error
  void* symbol = ::dlsym(handle, name);
  if (symbol == nullptr) {
    problem = std::string("cannot fetch URLs: the libcurl found lacks ") + name + " (" +
              last_dl_error("no such symbol") + ")" + std::string(kInstall) + " 7.85 or newer";
    return false;
  }
  pointer = reinterpret_cast<Function*>(symbol);
  return true;
}

Loaded load() {
  Loaded loaded;
  std::string& problem = loaded.problem;
  void* handle = ::dlopen(kSoname, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    // The soname's error says most (a missing libcurl4, or a dependency of
    // it): the dev name is only a last try.
    std::string error = last_dl_error("cannot load it");
    handle = ::dlopen(kDevName, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      // dlerror() names the file it could not open, usually libcurl.so.4
      // itself: say it once.
      const std::string prefix = std::string(kSoname) + ": ";
      if (!error.starts_with(prefix)) error = prefix + error;
      problem = "cannot fetch URLs: libcurl is not installed (" + error + ")" + std::string(kInstall);
      return loaded;
    }
  }
  // Never closed: fetches may come until the process exits.
  CurlLibrary& curl = loaded.library;
  if (!resolve(handle, "curl_global_init", curl.global_init, problem) ||
      !resolve(handle, "curl_easy_init", curl.easy_init, problem) ||
      !resolve(handle, "curl_easy_setopt", curl.easy_setopt, problem) ||
      !resolve(handle, "curl_easy_perform", curl.easy_perform, problem) ||
      !resolve(handle, "curl_easy_getinfo", curl.easy_getinfo, problem) ||
      !resolve(handle, "curl_easy_cleanup", curl.easy_cleanup, problem) ||
      !resolve(handle, "curl_easy_strerror", curl.easy_strerror, problem) ||
      !resolve(handle, "curl_slist_append", curl.slist_append, problem) ||
      !resolve(handle, "curl_slist_free_all", curl.slist_free_all, problem) ||
      !resolve(handle, "curl_url", curl.url, problem) ||
      !resolve(handle, "curl_url_cleanup", curl.url_cleanup, problem) ||
      !resolve(handle, "curl_url_get", curl.url_get, problem) ||
      !resolve(handle, "curl_url_set", curl.url_set, problem) ||
      !resolve(handle, "curl_free", curl.free, problem)) {
    return loaded;
  }
  // Once for the process, before any transfer (it is not safe to run while
  // other threads use libcurl).
  if (const CURLcode code = curl.global_init(CURL_GLOBAL_DEFAULT); code != CURLE_OK) {
    problem = std::string("cannot start libcurl (") + curl.easy_strerror(code) + ")";
  }
  return loaded;
}

}  // namespace

const CurlLibrary& curl_library() {
  static std::once_flag once;
  static Loaded loaded;
  std::call_once(once, [] { loaded = load(); });
  if (!loaded.problem.empty()) throw Error(loaded.problem);
  return loaded.library;
}

}  // namespace chorus::ingest
