package io.orderdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The promises every coded enum makes to {@link Coded}: an UNKNOWN fallback, unique codes, lossless mapping. */
class CodedEnumContractTest {

    /** Each type with its member count: the reference's rows, plus one where UNKNOWN is our own fallback. */
    static Stream<Arguments> types() {
        return Stream.of(
                Arguments.of(ProductOrderStatus.class, 9 + 1),
                Arguments.of(ClaimType.class, 5 + 1),
                Arguments.of(ClaimStatus.class, 19 + 1),
                Arguments.of(LastChangedType.class, 13 + 1),
                Arguments.of(RangeType.class, 9 + 1),
                Arguments.of(PlaceOrderStatus.class, 3 + 1),
                Arguments.of(GiftReceivingStatus.class, 2 + 1),
                Arguments.of(DelayedDispatchReason.class, 6 + 1),
                Arguments.of(DeliveryMethod.class, 11),
                Arguments.of(DeliveryStatus.class, 10 + 1),
                Arguments.of(CollectStatus.class, 10 + 1),
                Arguments.of(CancelRequestReason.class, 7 + 1),
                Arguments.of(ReturnRequestReason.class, 11 + 1),
                Arguments.of(ClaimReason.class, 34 + 1),
                Arguments.of(HoldbackReason.class, 14 + 1),
                Arguments.of(HoldbackStatus.class, 2 + 1),
                Arguments.of(AddressType.class, 2 + 1),
                Arguments.of(PickupLocationType.class, 4 + 1),
                Arguments.of(EntryMethod.class, 4 + 1),
                Arguments.of(DeliveryAttributeType.class, 12 + 1),
                Arguments.of(DeliveryTagType.class, 6 + 1),
                Arguments.of(CommissionPrePayStatus.class, 3 + 1),
                Arguments.of(TaxType.class, 3 + 1),
                Arguments.of(StorageType.class, 3 + 1),
                Arguments.of(CouponClassCode.class, 2 + 1),
                Arguments.of(ClaimDeliveryFeeSupportType.class, 2 + 1),
                Arguments.of(MultiplePurchaseDiscountType.class, 2 + 1),
                Arguments.of(DeliveryCompany.class, 203 + 1),
                Arguments.of(ApiErrorCode.class, 31 + 1),
                Arguments.of(GatewayError.class, 15 + 1));
    }

    @Test
    void everyCodedEnumInTheDomainIsCoveredHere() {
        Set<Class<?>> covered = types().map(arguments -> (Class<?>) arguments.get()[0]).collect(Collectors.toSet());
        Set<Class<?>> present = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.orderdesk.domain")
                .stream()
                .filter(JavaClass::isEnum)
                .filter(type -> type.isAssignableTo(CodedEnum.class))
                .map(JavaClass::reflect)
                .collect(Collectors.toSet());

        assertThat(present).containsExactlyInAnyOrderElementsOf(covered);
    }

    @ParameterizedTest
    @MethodSource("types")
    <E extends Enum<E> & CodedEnum> void hasTheReferenceNumberOfMembers(Class<E> type, int expected) {
        assertThat(type.getEnumConstants()).hasSize(expected);
    }

    @ParameterizedTest
    @MethodSource("types")
    <E extends Enum<E> & CodedEnum> void hasAnUnknownMemberWithTheUnknownCode(Class<E> type) {
        E unknown = Enum.valueOf(type, "UNKNOWN");

        assertThat(unknown.code()).isEqualTo("UNKNOWN");
        assertThat(unknown.label()).startsWith("알 수 없음");
    }

    @ParameterizedTest
    @MethodSource("types")
    <E extends Enum<E> & CodedEnum> void codesAreUniqueAndLabelsPresent(Class<E> type) {
        List<String> codes = Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).toList();

        assertThat(codes).doesNotHaveDuplicates().allSatisfy(code -> assertThat(code).isNotBlank());
        assertThat(type.getEnumConstants()).allSatisfy(member -> assertThat(member.label()).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("types")
    <E extends Enum<E> & CodedEnum> void everyCodeMapsBackToItsMember(Class<E> type) {
        for (E member : type.getEnumConstants()) {
            Coded<E> coded = Coded.of(type, member.code());

            assertThat(coded.value()).isSameAs(member);
            assertThat(coded.isKnown()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    <E extends Enum<E> & CodedEnum> void anUnknownCodeKeepsItsRawText(Class<E> type) {
        Coded<E> coded = Coded.of(type, "ADDED_IN_2027");

        assertThat(coded.value()).isSameAs(Enum.valueOf(type, "UNKNOWN"));
        assertThat(coded.raw()).isEqualTo("ADDED_IN_2027");
        assertThat(coded.isKnown()).isFalse();
        assertThat(coded.label()).isEqualTo("ADDED_IN_2027");
    }
}
