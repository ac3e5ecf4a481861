// The scenario browser: every scenario in scenarios/ with its title and description,
// and a path entry for any other scenario or trace file.
#pragma once
#include <string>
#include <vector>

#include "gui/session.hpp"

namespace gs::gui {

struct BrowserPanel {
    struct Entry {
        std::string path, name, title, description;
        bool broken = false;   // does not load (the description holds the error)
    };
    // Lists dir/*.toml (loaded once, so titles and descriptions come from the files).
    void scan(const std::string& dir);
    void draw(Session& s);

private:
    std::string dir_;
    std::vector<Entry> entries_;
    int hovered_ = -1;
    char path_[512] = {};
};

}  // namespace gs::gui
