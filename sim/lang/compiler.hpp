// AST -> bytecode. One code object per module, function, lambda, class body and
// comprehension, following CPython 3.11's compilation scheme (zero-cost exception
// tables, LOAD_METHOD/CALL, comprehensions as nested functions) so that tracebacks,
// `dis` output and per-instruction costs resemble the real interpreter's.
#pragma once
#include <variant>

#include "sim/core/source.hpp"
#include "sim/lang/ast.hpp"
#include "sim/lang/code.hpp"

namespace gs {

struct Interp;

using CompileResult = std::variant<Code*, UserError>;

// Compiles a parsed module; constants are allocated in in's heap.
CompileResult compile_module(Interp& in, const ast::Module& m);
// Parses and compiles a source file.
CompileResult compile_source(Interp& in, SourceRef src);

}  // namespace gs
