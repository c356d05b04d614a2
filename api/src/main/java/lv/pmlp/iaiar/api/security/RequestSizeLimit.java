package lv.pmlp.iaiar.api.security;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lv.pmlp.iaiar.api.web.ProblemResponses;

/**
 * Refuses request bodies above {@code register.security.max-body-size} before anything reads them: no command
 * needs more than a few kilobytes, and a large body is only a way to tie up memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemResponses problems;

    RequestSizeLimit(@Value("${register.security.max-body-size:65536}") long maxBytes, ProblemResponses problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (length > maxBytes || chunked) {
            problems.write(response, problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "REQUEST_TOO_LARGE",
                    "The request body is too large", chunked ? "Send the body with a Content-Length of at most " + maxBytes + " bytes"
                            : "The body may be at most " + maxBytes + " bytes"));
            return;
        }
        chain.doFilter(request, response);
    }
}
