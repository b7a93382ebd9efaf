#include "cli/common.h"

#include <cstdio>
#include <fstream>
#include <iostream>

#include "chorus/error.h"

namespace chorus::cli {

void print_warnings(const std::vector<std::string>& warnings) {
  for (const std::string& warning : warnings) std::cerr << "chorus: warning: " << warning << "\n";
}

void write_output(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    if (!std::cout) throw Error("cannot write to standard output");
    return;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw Error(path + ": cannot open for writing");
  out << content;
  out.close();
  if (!out) throw Error(path + ": write failed");
}

}  // namespace chorus::cli
