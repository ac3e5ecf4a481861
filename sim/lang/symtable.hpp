// Scope analysis: decides, for every name in every scope, whether it is a fast local, a
// cell (a local captured by an inner function), a free variable (captured from an outer
// function), or a global — the same rules as CPython's Python/symtable.c, re-implemented.
// Class bodies and the module resolve their own names through dictionaries.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "sim/core/source.hpp"
#include "sim/lang/ast.hpp"

namespace gs {

enum class ScopeKind : uint8_t { Module, Function, Class, Lambda, Comprehension };

enum class Resolution : uint8_t { Local, Cell, Free, GlobalExplicit, GlobalImplicit };

enum SymFlags : uint32_t {
    DEF_LOCAL = 1,      // assigned, imported, def/class/for/with target...
    DEF_PARAM = 2,
    DEF_GLOBAL = 4,     // declared global
    DEF_NONLOCAL = 8,   // declared nonlocal
    USE = 16,           // read
    DEF_FREE_CLASS = 32,// free in a child, passing through this class
};

struct Scope {
    ScopeKind kind = ScopeKind::Module;
    std::string name;
    const void* node = nullptr;            // the AST node that opened it
    Scope* parent = nullptr;
    std::vector<std::unique_ptr<Scope>> children;
    std::map<std::string, uint32_t> flags; // name -> SymFlags
    std::vector<std::string> order;        // names in order of first appearance
    std::vector<std::string> params;       // in signature order
    std::map<std::string, Resolution> res; // filled by analysis
    bool needs_class_cell = false;         // class: a method uses super() or __class__
    bool uses_super = false;               // function: refers to `super` or `__class__`
    bool is_generator = false;             // contains yield, yield from or await
    bool has_yield = false;                // yield / yield from (an async def with one is an async generator)
    Loc first_yield;

    bool is_function() const {
        return kind == ScopeKind::Function || kind == ScopeKind::Lambda || kind == ScopeKind::Comprehension;
    }
    Resolution resolve(const std::string& n) const;
    // Cell and free variables in slot order (sorted, as CPython orders them).
    std::vector<std::string> cellvars() const;
    std::vector<std::string> freevars() const;
};

struct SymbolTable {
    std::unique_ptr<Scope> top;
    std::map<const void*, Scope*> by_node;
    Scope* scope_of(const void* node) const {
        auto it = by_node.find(node);
        return it == by_node.end() ? nullptr : it->second;
    }
};

// Builds and analyses the scopes of a module; a SyntaxError (nonlocal without binding,
// name both global and local...) is returned as an error value.
std::variant<std::unique_ptr<SymbolTable>, UserError> build_symtable(const ast::Module& m);

}  // namespace gs
