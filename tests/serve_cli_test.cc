// `chorus serve` as a process: the port it reports, graceful shutdown on
// SIGTERM and SIGINT (a request in progress is still answered), bad flags.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <atomic>
#include <regex>

#include "serve_raw_client.h"
#include "serve_test_support.h"

namespace chorus::testing {
namespace {

using nlohmann::json;

// `chorus serve ARGS --port 0` in a child process, its stderr read here.
class ChildServer {
 public:
  explicit ChildServer(std::vector<std::string> args) {
    args.insert(args.begin(), {chorus_binary().string(), "serve", "--port", "0"});
    int fds[2];
    if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ == 0) {
      dup2(fds[1], STDERR_FILENO);
      close(fds[0]);
      close(fds[1]);
      const int null = open("/dev/null", O_RDWR);
      dup2(null, STDIN_FILENO);
      dup2(null, STDOUT_FILENO);
      std::vector<char*> argv;
      for (std::string& arg : args) argv.push_back(arg.data());
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
    close(fds[1]);
    err_ = fds[0];
    const std::string line = read_line();
    std::smatch match;
    static const std::regex kListening("listening on http://127\\.0\\.0\\.1:([0-9]+)/");
    if (std::regex_search(line, match, kListening)) port_ = std::stoi(match[1].str());
  }
  ~ChildServer() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    close(err_);
  }
  ChildServer(const ChildServer&) = delete;
  ChildServer& operator=(const ChildServer&) = delete;

  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(120, 0);
    return c;
  }

  // Waits for the process to end; its exit code (-1 when killed or too slow).
  int wait_exit(std::string& rest_of_stderr) {
    for (std::string line = read_line(); !line.empty(); line = read_line()) rest_of_stderr += line;
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  // One line of stderr, "" at its end or after 30 s of silence.
  std::string read_line() {
    std::string line;
    char c = 0;
    while (true) {
      pollfd fd{err_, POLLIN, 0};
      if (poll(&fd, 1, 30000) <= 0 || read(err_, &c, 1) != 1) return line;
      line += c;
      if (c == '\n') return line;
    }
  }

  pid_t pid_ = -1;
  int err_ = -1;
  int port_ = 0;
};

void wait_until_busy(httplib::Client& client) {
  for (int i = 0; i < 2000; ++i) {
    const auto health = client.Get("/v1/health");
    if (health && json::parse(health->body)["busy"] == 1) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  FAIL() << "the server never got busy";
}

// A stop signal lets the request in progress finish (within --grace), then
// the process exits 0.
void expect_graceful_stop(int signal_number) {
  // --timeout and --grace: the digest finishes however loaded the machine.
  ChildServer child({"--threads", "1", "--max-articles", "100000", "--max-body", "64MB", "--grace", "3600", "--timeout",
                     "3600"});
  ASSERT_GT(child.port(), 0) << "no listening line on stderr";
  const std::string slow = slow_body(400);
  std::atomic<int> status{0};
  std::string body;
  std::thread request([&] {
    httplib::Client client = child.client();
    const auto answer = client.Post("/v1/digest", slow, "application/json");
    status = answer ? answer->status : -1;
    if (answer) body = answer->body;
  });
  httplib::Client client = child.client();
  wait_until_busy(client);
  kill(child.pid(), signal_number);
  request.join();
  EXPECT_EQ(status, 200);
  EXPECT_EQ(json::parse(body)["documents"].size(), 2000u);
  std::string rest;
  EXPECT_EQ(child.wait_exit(rest), 0);
  EXPECT_NE(rest.find("chorus: stopped"), std::string::npos) << rest;
}

TEST(ServeCli, SigtermStopsGracefully) { expect_graceful_stop(SIGTERM); }
TEST(ServeCli, SigintStopsGracefully) { expect_graceful_stop(SIGINT); }

// A digest still running when the grace period ends is cancelled: its
// client gets 503, and the process stops all the same.
TEST(ServeCli, SigtermCancelsADigestAfterTheGracePeriod) {
  ChildServer child({"--threads", "1", "--max-articles", "100000", "--max-body", "64MB", "--grace", "0.05"});
  ASSERT_GT(child.port(), 0) << "no listening line on stderr";
  const std::string slow = slow_body(400);
  std::atomic<int> status{0};
  std::string body;
  std::thread request([&] {
    httplib::Client client = child.client();
    const auto answer = client.Post("/v1/digest", slow, "application/json");
    status = answer ? answer->status : -1;
    if (answer) body = answer->body;
  });
  httplib::Client client = child.client();
  wait_until_busy(client);
  kill(child.pid(), SIGTERM);
  request.join();
  EXPECT_EQ(status, 503);
  EXPECT_NE(body.find("grace period of 0.05 s"), std::string::npos) << body;
  std::string rest;
  EXPECT_EQ(child.wait_exit(rest), 0);
  EXPECT_NE(rest.find("chorus: stopped"), std::string::npos) << rest;
}

// A client trickling its request head does not keep the process from stopping.
TEST(ServeCli, SigtermStopsWithATricklingClient) {
  ChildServer child({"--head-timeout", "600"});
  ASSERT_GT(child.port(), 0) << "no listening line on stderr";
  RawClient slow(child.port());
  ASSERT_TRUE(slow.send("POST /v1/digest HTTP/1.1\r\nX-Slow: "));
  std::atomic<bool> done{false};
  std::thread trickler([&] {
    while (!done && !slow.readable() && slow.send("s")) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  kill(child.pid(), SIGTERM);
  std::string rest;
  EXPECT_EQ(child.wait_exit(rest), 0);
  EXPECT_NE(rest.find("chorus: stopped"), std::string::npos) << rest;
  done = true;
  trickler.join();
  EXPECT_EQ(status_of(slow.read_all()), 503);
}

// A second signal while stopping ends the process at once with a message,
// not by the signal's default action.
TEST(ServeCli, SecondSignalExitsAtOnce) {
  ChildServer child({"--threads", "1", "--max-articles", "100000", "--max-body", "64MB", "--grace", "600"});
  ASSERT_GT(child.port(), 0) << "no listening line on stderr";
  const std::string slow = slow_body(400);
  std::thread request([&] {
    httplib::Client client = child.client();
    client.Post("/v1/digest", slow, "application/json");
  });
  httplib::Client client = child.client();
  wait_until_busy(client);
  kill(child.pid(), SIGTERM);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  kill(child.pid(), SIGTERM);
  std::string rest;
  EXPECT_EQ(child.wait_exit(rest), 1);
  EXPECT_NE(rest.find("SIGTERM again while stopping: exiting at once"), std::string::npos) << rest;
  request.join();
}

TEST(ServeCli, ServesTheExample) {
  ChildServer child({"--threads", "2"});
  ASSERT_GT(child.port(), 0);
  httplib::Client client = child.client();
  const auto answer = client.Post("/v1/digest", json{{"articles", lakeport_articles()}}.dump(), "application/json");
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 200);
  const CommandResult cli = run_chorus("digest --format json '" + lakeport_dir().string() + "'");
  EXPECT_TRUE(answer->body == cli.out);
  kill(child.pid(), SIGTERM);
  std::string rest;
  EXPECT_EQ(child.wait_exit(rest), 0);
}

// The page at GET / works in a browser: its script builds the article form.
TEST(ServeCli, IndexPageRunsInABrowser) {
  REQUIRE_CHROMIUM(chromium);
  ChildServer child({"--threads", "1"});
  ASSERT_GT(child.port(), 0);
  const std::string dom =
      run_chromium(chromium, "http://127.0.0.1:" + std::to_string(child.port()) + "/", "--virtual-time-budget=2000 --dump-dom");
  EXPECT_NE(dom.find("<form id=\"form\">"), std::string::npos) << dom.substr(0, 500);
  EXPECT_NE(dom.find("Text of article 2"), std::string::npos) << "the page's script did not run";
  EXPECT_NE(dom.find("<option>lead</option>"), std::string::npos);
}

void expect_one_line(const CommandResult& result, int exit_code, const std::string& needle) {
  EXPECT_EQ(result.exit_code, exit_code) << result.err;
  EXPECT_NE(result.err.find(needle), std::string::npos) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
}

TEST(ServeCli, BadFlagsAndBusyPortAreOneLineErrors) {
  expect_one_line(run_chorus("serve --port 70000"), 2, "--port");
  expect_one_line(run_chorus("serve --threads 0"), 2, "--threads");
  expect_one_line(run_chorus("serve --max-body lots"), 2, "--max-body");
  expect_one_line(run_chorus("serve --head-timeout 0"), 2, "--head-timeout");
  expect_one_line(run_chorus("serve --connections 0"), 2, "--connections");
  expect_one_line(run_chorus("serve --max-head 10"), 2, "--max-head");
  TestServer taken;
  expect_one_line(run_chorus("serve --port " + std::to_string(taken.port())), 1, "cannot listen on 127.0.0.1:");
}

}  // namespace
}  // namespace chorus::testing
