package org.readoutbriefings.memo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates a PDF with veraPDF (greenfield parser), as archives and accessibility checkers do. */
public final class PdfConformance {

    /** The PDF/A flavour every memo claims ({@link MemoRenderer#CONFORMANCE}). */
    public static final PDFAFlavour PDF_A = PDFAFlavour.fromString(
            MemoRenderer.CONFORMANCE.getPart() + MemoRenderer.CONFORMANCE.getConformanceValue().toLowerCase());
    public static final PDFAFlavour PDF_UA = PDFAFlavour.PDFUA_1;

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfConformance() {
    }

    /** The failed rules, as "clause-test: description (n×)"; empty when the file complies. */
    public static List<String> failures(Path pdf, PDFAFlavour flavour) {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " at " + a.getLocation().getContext())
                    .distinct()
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate " + pdf + " as " + flavour, e);
        }
    }
}
