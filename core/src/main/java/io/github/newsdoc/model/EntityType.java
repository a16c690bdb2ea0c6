package io.github.newsdoc.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * The kind of thing an {@link Entity} is. {@link #PERSON}, {@link #ORGANIZATION} and {@link #LOCATION} are
 * built in; a recognizer may add its own kinds with {@link #of(String)} (for example {@code EVENT}).
 *
 * <p>Names are upper-case ASCII letters, digits and underscores, starting with a letter. Two types are equal
 * when their names are.
 */
public final class EntityType {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** A named person. */
  public static final EntityType PERSON = new EntityType("PERSON");
  /** A company, government body, party, agency, alliance or other organised group. */
  public static final EntityType ORGANIZATION = new EntityType("ORGANIZATION");
  /** A country, region, city or other place. */
  public static final EntityType LOCATION = new EntityType("LOCATION");

  private final String name;

  private EntityType(String name) {
    this.name = name;
  }

  /**
   * Returns the type named {@code name}.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is not upper-case letters, digits and underscores
   */
  @JsonCreator
  public static EntityType of(String name) {
    if (name == null) {
      throw new NullPointerException("name");
    }
    switch (name) {
      case "PERSON":
        return PERSON;
      case "ORGANIZATION":
        return ORGANIZATION;
      case "LOCATION":
        return LOCATION;
      default:
        if (!NAME.matcher(name).matches()) {
          throw new IllegalArgumentException(
              "type: must be upper-case letters, digits and '_' starting with a letter (at most 64), but was '"
                  + name + "'");
        }
        return new EntityType(name);
    }
  }

  /** The type's name, as written in JSON. */
  @JsonValue
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EntityType && ((EntityType) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
