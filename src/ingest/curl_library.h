// libcurl, loaded at run time on the first fetch rather than linked: linking
// it would make every `chorus` command map it and its ~30 shared objects
// (OpenSSL, Kerberos, LDAP, nghttp2, ...) at start, though only a URL input
// needs them. <curl/curl.h> still gives the types and constants; the
// functions come from dlopen("libcurl.so.4") and dlsym.
#pragma once

#include <curl/curl.h>

namespace chorus::ingest {

// The libcurl functions url_fetch.cc calls. Each pointer has the very type
// the header declares for its function (decltype), so a prototype cannot be
// copied wrong: curl_easy_setopt and curl_easy_getinfo stay variadic,
// CURLcode (*)(CURL*, CURLoption, ...) and CURLcode (*)(CURL*, CURLINFO, ...),
// and curl_url_get takes a const handle only with headers that say so (8.x).
struct CurlLibrary {
  decltype(&::curl_global_init) global_init;
  decltype(&::curl_easy_init) easy_init;
  decltype(&::curl_easy_setopt) easy_setopt;
  decltype(&::curl_easy_perform) easy_perform;
  decltype(&::curl_easy_getinfo) easy_getinfo;
  decltype(&::curl_easy_cleanup) easy_cleanup;
  decltype(&::curl_easy_strerror) easy_strerror;
  decltype(&::curl_slist_append) slist_append;
  decltype(&::curl_slist_free_all) slist_free_all;
  decltype(&::curl_url) url;
  decltype(&::curl_url_cleanup) url_cleanup;
  decltype(&::curl_url_get) url_get;
  decltype(&::curl_url_set) url_set;
  decltype(&::curl_free) free;
};

// libcurl, loaded and curl_global_init run on the first call (once for the
// process, whichever thread calls first); the same functions on every call
// after. Throws chorus::Error with a one-line message when libcurl cannot be
// loaded or started, e.g. "cannot fetch URLs: libcurl is not installed
// (libcurl.so.4: cannot open shared object file: No such file or
// directory); install libcurl4". The library stays loaded until exit.
// Safe to call from many threads at once.
const CurlLibrary& curl_library();

}  // namespace chorus::ingest
