// The Catch2 runner for every unit test (the units live next to their code: *_test.cpp).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
