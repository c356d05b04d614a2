/** REST endpoints under /api/v1, request bodies, and the one place that turns failures into problem details. */
package lv.pmlp.iaiar.api.web;
