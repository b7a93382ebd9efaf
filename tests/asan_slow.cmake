# Read by ctest after the discovered tests (tests/CMakeLists.txt): the tests
# too slow under AddressSanitizer get the label asan_slow, which .ci/run's
# sanitizer stage leaves out (ctest -LE asan_slow). Each digests thousands of
# documents against the service's time limit; the Release run keeps them.
foreach(test IN ITEMS ServeApi.AllWorkersBusyAndQueueFullIs503 ServeCli.SigtermStopsGracefully
             ServeCli.SigintStopsGracefully)
  set_tests_properties(${test} PROPERTIES LABELS asan_slow)
endforeach()
