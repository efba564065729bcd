import ArtifactValidation
import Testing

/// A values key holds a security context when its name ends in `securityContext`, in any case.
@Suite struct SecurityContextFieldsTests {
    @Test func theSuffixDecidesInAnyCase() {
        for key in ["securityContext", "podSecurityContext", "OPERATORSECURITYCONTEXT", "containersecuritycontext", "xSecurityContext"] {
            #expect(SecurityContextFields.isSecurityContext(key), "\(key)")
        }
        for key in ["", "context", "securityContexts", "security", "SecurityContex", "podSecurityContext ", "s3curityContext", "éSecurityContexté"] {
            #expect(!SecurityContextFields.isSecurityContext(key), "\(key)")
        }
        #expect(SecurityContextFields.isSecurityContext("ÉtéSecurityContext"), "a key that is not ASCII is lower-cased as text")
    }
}
