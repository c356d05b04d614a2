/**
 * The application: REST endpoints, security and configuration. (In AxonIQ samples "api" means the message
 * contract; here that is the {@code events} module, and this module is the REST layer and composition root.)
 */
package lv.pmlp.iaiar.api;
