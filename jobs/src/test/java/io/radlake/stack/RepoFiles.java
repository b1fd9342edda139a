package io.radlake.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the repository's own build and cluster files, so tests compare against the source of truth.
 */
final class RepoFiles {
  private RepoFiles() {}

  static Path root() {
    return io.radlake.testing.RepoPaths.root();
  }


  static Path clusterConfig(String name) {
    return root().resolve("cluster-config").resolve(name);
  }

  /** The parent pom parsed as XML (not regex: the opens list could be reflowed over lines). */
  static Document parentPom() {
    try (InputStream in = Files.newInputStream(root().resolve("pom.xml"))) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(false);
      return f.newDocumentBuilder().parse(in);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot parse parent pom.xml", e);
    }
  }

  /** A property from the parent pom's top-level {@code <properties>}. */
  static String pomProperty(String name) {
    Element project = parentPom().getDocumentElement();
    return childText(firstChild(project, "properties"), name);
  }

  /** A property that profile {@code id} overrides. */
  static String pomProfileProperty(String id, String name) {
    Element profiles = firstChild(parentPom().getDocumentElement(), "profiles");
    NodeList list = profiles.getElementsByTagName("profile");
    for (int i = 0; i < list.getLength(); i++) {
      Element profile = (Element) list.item(i);
      if (id.equals(childText(profile, "id"))) {
        return childText(firstChild(profile, "properties"), name);
      }
    }
    throw new IllegalStateException("No profile " + id + " in parent pom");
  }

  static String pomVersion() {
    return childText(parentPom().getDocumentElement(), "version");
  }

  /** Whitespace-separated JVM flags, as a launcher would split them. */
  static List<String> flags(String value) {
    return Arrays.asList(value.trim().split("\\s+"));
  }

  /**
   * spark-defaults.conf loaded the way spark-submit loads it: java.util.Properties, values trimmed.
   */
  static Properties sparkDefaults() {
    Properties props = new Properties();
    try (Reader r =
        Files.newBufferedReader(clusterConfig("spark-defaults.conf"), StandardCharsets.UTF_8)) {
      props.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Properties trimmed = new Properties();
    props.stringPropertyNames().forEach(k -> trimmed.setProperty(k, props.getProperty(k).trim()));
    return trimmed;
  }

  private static Element firstChild(Element parent, String tag) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && tag.equals(n.getNodeName())) {
        return (Element) n;
      }
    }
    throw new IllegalStateException("No <" + tag + "> under <" + parent.getNodeName() + ">");
  }

  private static String childText(Element parent, String tag) {
    return firstChild(parent, tag).getTextContent().trim();
  }
}
