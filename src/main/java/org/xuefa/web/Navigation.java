package org.xuefa.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.xuefa.account.Role;

/** The menu: each capability adds its entries with the least role that sees them (null: everyone). */
public final class Navigation {

  private record Entry(String label, String href, Role least, boolean loggedIn) {}

  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  public Navigation add(String label, String href, Role least) {
    entries.add(new Entry(label, href, least, least != null));
    return this;
  }

  /** Entries for everyone, logged in or not. */
  public Navigation addPublic(String label, String href) {
    entries.add(new Entry(label, href, null, false));
    return this;
  }

  public List<Map<String, Object>> forRole(Role role, String currentPath) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Entry e : entries) {
      boolean visible = e.least == null || (role != null && role.atLeast(e.least));
      if (visible) {
        boolean active = e.href.equals("/") ? currentPath.equals("/") : currentPath.startsWith(e.href);
        out.add(Map.of("label", e.label, "href", e.href, "active", active));
      }
    }
    return out;
  }
}
