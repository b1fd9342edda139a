/**
 * Shared vocabulary of protected health information: the HIPAA Safe Harbor categories that the generator plants
 * and the de-identification engine finds, with one span convention for both.
 */
package io.radlake.phi;
