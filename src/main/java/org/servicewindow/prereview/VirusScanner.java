package org.servicewindow.prereview;

/**
 * Hook for a virus scanner run on every uploaded file before it is stored. The default lets everything
 * through; a deployment with a scanner (e.g. ClamAV over its socket) declares its own bean.
 */
public interface VirusScanner {

  /** Whether the content is clean; a refusal is shown to the citizen and nothing is stored. */
  boolean isClean(byte[] content, String fileName);
}
